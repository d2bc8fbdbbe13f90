// Go's %q verb (strconv.Quote): containerd's messages quote names with it, so a name with a
// quote, a backslash or a control character prints escaped exactly as on a real node.

const NAMED_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '"': '\\"',
  '\\': '\\\\',
};

function isPrintable(cp: number): boolean {
  // Go's unicode.IsPrint, approximated: controls, surrogates, DEL/C1 and the unassigned
  // noncharacters are escaped; everything else is printed as is.
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return false;
  if (cp === 0xad || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff) return false;
  if (cp >= 0x2028 && cp <= 0x2029) return false;
  return true;
}

/** Quotes `s` as Go's fmt %q / strconv.Quote does. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const named = NAMED_ESCAPES[ch];
    if (named) {
      out += named;
      continue;
    }
    const cp = ch.codePointAt(0) ?? 0;
    if (isPrintable(cp)) out += ch;
    else if (cp < 0x100) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}
