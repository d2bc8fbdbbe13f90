// The words after a code fence's language, as a note writes them and content/load.ts keeps them
// (data-meta): bare flags and key=value pairs, a value with spaces in double quotes.
//
//   ```sh fails reason="ctr does not complete short names: …"
//   ```sh pending=docker-run,docker-logs
//   ```sh follows
//
// A fence's info string may not hold a backtick (CommonMark), so a value is plain text; a value
// cannot hold a double quote either (Chinese text uses “ ” or 「 」 instead).

export interface FenceMeta {
  /** Bare words, in order: `fails`. */
  flags: string[];
  /** key=value pairs; a key given twice keeps its last value. */
  values: Record<string, string>;
}

const TOKEN = /([^\s=]+)=(?:"([^"]*)"|(\S*))|(\S+)/g;

export function parseFenceMeta(meta: string): FenceMeta {
  const parsed: FenceMeta = { flags: [], values: {} };
  for (const match of meta.matchAll(TOKEN)) {
    const [, key, quoted, bare, flag] = match;
    if (key !== undefined) parsed.values[key] = quoted ?? bare ?? '';
    else if (flag !== undefined) parsed.flags.push(flag);
  }
  return parsed;
}

/** What a note says about a block meant to fail: set when the fence has the `fails` flag. */
export interface FailMark {
  /** The note's own explanation of the error, shown once the block has run ('' when missing). */
  reason: string;
}

export function failMark(meta: FenceMeta): FailMark | null {
  return meta.flags.includes('fails') ? { reason: (meta.values.reason ?? '').trim() } : null;
}

/**
 * A block whose last command runs until Ctrl-C (`docker logs -f`): the fence's `follows` flag.
 * Its badge tells the reader how to end it; the executable-notes test ends it with Ctrl-C.
 */
export function followsMark(meta: FenceMeta): boolean {
  return meta.flags.includes('follows');
}
