// An arithmetic expansion left open (`echo $((1+$x`) is a typo anyone makes. bash treats the
// line as unfinished: at a prompt it asks for more (`> `), and at the end of input it says
// `unexpected EOF while looking for matching `)'` (exit 2), which is what the session answers.
// The shell library (just-bash 3.4.2) would instead take the open `$((` as closed and print a
// number with exit 0, so no such line reaches its parser.
//
// That parser also looped for ever, eating memory, on a `$` that starts no expansion inside
// arithmetic (`$((1+$x`, `$(( $ ))`, `(( $] ))`, also through eval, bash -c and source). That
// loop is fixed in the library itself by scripts/patch-just-bash.mjs (run on install); this
// guard is about bash's answer, not the hang.

/** What bash prints when the input ends inside an open `$((`. */
export const UNCLOSED_ARITHMETIC_MESSAGE = "bash: unexpected EOF while looking for matching `)'\n";

/**
 * True when `text` opens an arithmetic expansion `$((` (outside single quotes) that its
 * parentheses never close. Conservative on purpose: anything still open is unfinished input.
 */
export function hasUnclosedArithmetic(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return false; // an open quote: the quote rule asks for more input already
      i = end + 1;
      continue;
    }
    if (ch === '$' && text.startsWith('((', i + 1)) {
      const close = closingOf(text, i + 3);
      if (close < 0) return true;
      i = close;
      continue;
    }
    i += 1;
  }
  return false;
}

/** Index after the `))` that brings the depth from 2 (just after `$((`) to 0, or -1. */
function closingOf(text: string, from: number): number {
  let depth = 2;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i += 1;
    else if (ch === '(') depth += 1;
    else if (ch === ')') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
