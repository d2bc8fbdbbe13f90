// The node's `sh` is Debian's dash 0.5.12, run here by the shell library, which words its errors
// as bash does. dash names the script (`sh`, the NAME after `-c STRING NAME`, or the script's
// path) and the line, and says (checked against /usr/bin/dash on bookworm):
//   sh -c nosuch            →  sh: 1: nosuch: not found                       (127; ./x and /x too)
//   sh -c 'cd /nope'        →  sh: 1: cd: can't cd to /nope                    (status 2)
//   sh -c 'echo "a'         →  sh: 1: Syntax error: Unterminated quoted string  (2)
//   sh -c 'echo ${x'        →  sh: 1: Syntax error: Missing '}'
//   sh -c 'for'             →  sh: 1: Syntax error: Bad for loop variable
//   sh -c 'if then'         →  sh: 1: Syntax error: "then" unexpected
//   sh -c '. /nope'         →  sh: 1: .: cannot open /nope: No such file       (2)
//   sh -c 'exec nosuch'     →  sh: 1: exec: nosuch: not found
//   sh -c 'shift 3'         →  sh: 1: shift: can't shift that many             (2)
//   sh -c 'readonly x=1; x=2' → sh: 1: x: is read only                        (2)
// The library's messages for these are rewritten into dash's; the others stay the library's
// (dash's own builtins it lacks, such as ulimit and kill, are still not found there).

/** The line (from 1) where `word` first stands as a command, else 1. */
function lineOf(script: string, word: string): number {
  const escaped = quote(word);
  const at = new RegExp(`(^|[;&|({]|\\b(then|do|else)\\b)\\s*${escaped}(?=\\s|;|$)`);
  const index = script.split('\n').findIndex((line) => at.test(line.trim()));
  return index < 0 ? 1 : index + 1;
}

/** Whether `path` stands as a command in the script (not as `.`'s or another command's operand). */
function standsAsCommand(script: string, path: string): boolean {
  const escaped = quote(path);
  return new RegExp(`(^|[;&|(]\\s*|\\n\\s*)${escaped}(?=\\s|;|$)`).test(script.trim());
}

/** dash's stderr for what the library wrote, and its status. */
export function dashAnswer(stderr: string, exitCode: number, name: string, script: string): { stderr: string; exitCode: number } {
  const lines = script.split('\n').length;
  let cdFailed = false;
  let fatal = false;
  const rewritten = stderr.replace(/^bash: (.*)$/gm, (whole, text: string) => {
    let m = /^(.+): command not found$/.exec(text);
    if (m?.[1] !== undefined) return `${name}: ${lineOf(script, m[1])}: ${execWord(script, m[1])}${m[1]}: not found`;
    m = /^(\S*\/\S*): No such file or directory$/.exec(text);
    if (m?.[1] !== undefined && sourced(script, m[1])) {
      fatal = true;
      return `${name}: ${lineOf(script, '.')}: .: cannot open ${m[1]}: No such file`;
    }
    if (m?.[1] !== undefined && standsAsCommand(script, m[1])) return `${name}: ${lineOf(script, m[1])}: ${m[1]}: not found`;
    m = /^cd: (.+): (No such file or directory|Not a directory)$/.exec(text);
    if (m?.[1] !== undefined) {
      cdFailed = true;
      return `${name}: ${lineOf(script, 'cd')}: cd: can't cd to ${m[1]}`;
    }
    // Errors of special builtins end a non-interactive dash with status 2.
    m = /^(.+): readonly variable$/.exec(text);
    if (m?.[1] !== undefined) {
      fatal = true;
      return `${name}: ${lineOf(script, m[1])}: ${m[1]}: is read only`;
    }
    if (text === 'shift: shift count out of range') {
      fatal = true;
      return `${name}: ${lineOf(script, 'shift')}: shift: can't shift that many`;
    }
    const syntax = syntaxError(text);
    if (syntax !== undefined) return `${name}: ${lines}: Syntax error: ${syntax}`;
    return whole;
  });
  // dash's cd fails with 2: the script's status when cd was its last command.
  const lastIsCd = /(^|[;\n]\s*)cd\s[^;\n|&]*$/.test(script.trim());
  const two = (cdFailed && lastIsCd) || fatal;
  return { stderr: rewritten, exitCode: two && exitCode === 1 ? 2 : exitCode };
}

/** `exec: ` when the command not found was exec'd (dash names exec then). */
function execWord(script: string, word: string): string {
  return new RegExp(`(^|[;&|]\\s*|\\n\\s*)exec\\s+${quote(word)}(?=\\s|;|$)`).test(script.trim()) ? 'exec: ' : '';
}

/** Whether the script sources `path` with `.`. */
function sourced(script: string, path: string): boolean {
  return new RegExp(`(^|[;&|]\\s*|\\n\\s*)\\.\\s+${quote(path)}(?=\\s|;|$)`).test(script.trim());
}

const quote = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function syntaxError(text: string): string | undefined {
  if (/unexpected EOF while looking for matching [`']["'`]'?$/.test(text)) return 'Unterminated quoted string';
  if (/unexpected EOF while looking for matching '}'$/.test(text)) return "Missing '}'";
  if (/Expected variable name in for loop$/.test(text)) return 'Bad for loop variable';
  return undefined;
}
