// A detach sequence watched in typed input, as moby/term's escape proxy (proxy.go) reads it: each
// key that continues the sequence is held back; the whole sequence is taken out; a key that
// breaks it sends the held keys on together with itself, and that key is not looked at again as
// the start of a new sequence (the proxy resets to the beginning). docker's CLI reads its
// --detach-keys this way (clients/docker/containers/detach-keys.ts), and so does the page's
// terminal (components/terminal), which must hand the sequence to the attached program instead
// of its line editor. One reader, so both split typed data alike.

/** A piece of typed data: keys that pass on, or the completed sequence. */
export type EscapePart = { typed: string } | { escape: string };

export class EscapeSequenceReader {
  private held = '';

  /**
   * Splits `data` by the sequence `keys`, in order. With `keys` '' nothing is watched: what was
   * held (a sequence begun while something watched it) goes on with the data.
   */
  feed(data: string, keys: string): EscapePart[] {
    const parts: EscapePart[] = [];
    let typed = '';
    if (keys === '') {
      typed = this.held + data;
      this.held = '';
    } else {
      for (const ch of data) {
        if (ch === keys[this.held.length]) {
          this.held += ch;
          if (this.held.length < keys.length) continue;
          if (typed !== '') parts.push({ typed });
          parts.push({ escape: this.held });
          typed = '';
          this.held = '';
          continue;
        }
        typed += this.held + ch;
        this.held = '';
      }
    }
    if (typed !== '') parts.push({ typed });
    return parts;
  }
}
