// Lines the shell plainly takes as they are: words of letters, digits and a few punctuation
// marks, none of them a reserved word. For these the terminal runs the line at once instead of
// first asking the worker whether bash would want more input (a round trip that waited for the
// page's next frame: about half of Enter → output). Anything else (quotes, $, |, \, <<,
// brackets, a keyword) is still asked; a line wrongly sent to be asked only costs that trip.

/** Characters that cannot open a quote, expansion, redirection, group or continuation. */
const PLAIN = /^[A-Za-z0-9_\-./:=,@%+~ \t]*$/;

/** bash's reserved words (`compgen -k`) and the brace-group words: each may open a compound command. */
const RESERVED: ReadonlySet<string> = new Set([
  'if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done',
  'in', 'function', 'time', 'coproc', '{', '}', '!', '[[', ']]',
]);

/** True when bash would run `line` as it is: no continuation prompt can follow it. */
export function plainlyComplete(line: string): boolean {
  if (!PLAIN.test(line)) return false;
  return !line.split(/[ \t]+/).some((word) => RESERVED.has(word));
}
