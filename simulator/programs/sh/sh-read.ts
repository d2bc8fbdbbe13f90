// ash's `read [-r] [-p PROMPT] NAME...`: takes one line from the shell's stdin, splits it on
// $IFS into the names (the last takes the rest). At EOF it sets the names and fails; on a
// stdin that stays open with nothing more to come (ctr run never closes it) it waits for ever.

import type { ShState, ShStdin } from './sh-run';
import { ifsOf, readFields } from './sh-ifs';

export function readBuiltin(state: ShState, args: string[], stdin: ShStdin | undefined): number {
  let raw = false;
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-r') raw = true;
    else if (a === '-p') i++;
    else names.push(a);
  }
  if (names.length === 0) names.push('REPLY');
  if (!stdin || (stdin.pos >= stdin.text.length && !stdin.eof)) {
    state.blocked = true;
    return 0;
  }
  const rest = stdin.text.slice(stdin.pos);
  const nl = rest.indexOf('\n');
  let line = nl < 0 ? rest : rest.slice(0, nl);
  stdin.pos += nl < 0 ? rest.length : nl + 1;
  if (!raw) line = line.replace(/\\(.)/g, '$1');
  // Split on $IFS, the last name taking the rest of the line (sh-ifs.ts).
  const values = readFields(line, ifsOf(state.vars), names.length);
  names.forEach((name, i) => {
    state.vars[name] = values[i] ?? '';
  });
  // A line without its newline still fills the names, but read reports the EOF.
  return nl < 0 ? 1 : 0;
}
