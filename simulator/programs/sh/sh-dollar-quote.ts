// $'…' words: busybox ash (built with bash compatibility) reads them as C strings, with the
// escapes of libbb's bb_process_escape_sequence: \a \b \f \n \r \t \v \\ \' \", octal \NNN (up
// to three digits, a leading 0 counting as one) and hex \xHH; any other backslash stays as
// written (`$'\q'` is `\q`). No expansion happens inside.

const SIMPLE: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };

/** One backslash escape at `s[i]` (just after the backslash): its text and where it ends. */
export function cEscape(s: string, i: number): { text: string; next: number } {
  const c = s[i] ?? '';
  const simple = SIMPLE[c];
  if (simple !== undefined) return { text: simple, next: i + 1 };
  const octal = /^[0-7]{1,3}/.exec(s.slice(i));
  if (octal) return { text: String.fromCharCode(Number.parseInt(octal[0], 8) & 0xff), next: i + octal[0].length };
  const hex = c === 'x' ? /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1)) : null;
  if (hex) return { text: String.fromCharCode(Number.parseInt(hex[0], 16)), next: i + 1 + hex[0].length };
  return { text: `\\${c}`, next: i + 1 };
}

/** The text of a $'…' whose body starts at `from`, and the index after its closing quote. */
export function dollarQuoted(raw: string, from: number): { text: string; next: number } {
  let text = '';
  let i = from;
  while (i < raw.length && raw[i] !== "'") {
    if (raw[i] === '\\' && i + 1 < raw.length) {
      const esc = cEscape(raw, i + 1);
      text += esc.text;
      i = esc.next;
    } else text += raw[i++];
  }
  return { text, next: i + 1 };
}
