// $'…' and its escapes, against busybox 1.35's sh on the oracle machine.
import { describe, expect, it } from 'vitest';
import { dollarQuoted } from './sh-dollar-quote';

describe("$'…'", () => {
  it('reads C escapes; an unknown one keeps its backslash', () => {
    expect(dollarQuoted("a\\tb\\n'", 0)).toEqual({ text: 'a\tb\n', next: 7 });
    expect(dollarQuoted("\\x41\\101\\q\\0101'", 0).text).toBe('AA\\q\b1');
    expect(dollarQuoted("a\\'b'", 0).text).toBe("a'b");
  });
});
