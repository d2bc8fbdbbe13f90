// docker's escape proxy, on the page's side of the terminal. With `docker run -it` or `docker
// attach` the real CLI reads every key in raw mode and watches for its detach sequence (Ctrl-P
// Ctrl-Q unless --detach-keys says otherwise); here the line editor would take Ctrl-P as "history
// up" and drop Ctrl-Q. While the attached program says it watches a sequence (its session's
// detachKeys), typed data is split: the sequence goes to the program as typed, everything else
// to the line editor. A partial sequence is held until the next key: if that key completes it,
// the program detaches; if not, the held keys go on with it, as moby/term's proxy passes them.

/** One piece of typed data: keys for the line editor, or the completed detach sequence. */
export type DetachPart = { typed: string } | { detach: string };

export class DetachWatch {
  private held = '';

  /** Splits `data` by the detach sequence `keys` (undefined: nothing attached watches one). */
  feed(data: string, keys: string | undefined): DetachPart[] {
    if (keys === undefined || keys === '') {
      const typed = this.held + data;
      this.held = '';
      return typed === '' ? [] : [{ typed }];
    }
    const parts: DetachPart[] = [];
    let typed = '';
    for (const ch of data) {
      if (ch === keys[this.held.length]) {
        this.held += ch;
        if (this.held.length === keys.length) {
          if (typed !== '') parts.push({ typed });
          parts.push({ detach: this.held });
          typed = '';
          this.held = '';
        }
        continue;
      }
      // Not the sequence after all: the held keys and this one go on; this one is not looked
      // at again as the start of a new sequence (proxy.go resets to the beginning).
      typed += this.held + ch;
      this.held = '';
    }
    if (typed !== '') parts.push({ typed });
    return parts;
  }
}
