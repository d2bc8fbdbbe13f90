// `2>&1` in order. In bash a command whose stderr is a copy of its stdout writes both into one
// file, so its lines arrive in the order it wrote them (`ctr i rm a nosuch b 2>&1`: a, the
// error, b). The shell library keeps each command's stdout and stderr apart and joins them at
// the redirection, stderr after stdout, for a simple command and for a whole `( … )`, `{ …; }`
// or loop alike. This rewrite of the line restores the order where it can:
// - a node program (ctr, docker, ls…) whose stderr ends up where its stdout goes gets a marker
//   (ast-markers.ts), and its IO then writes stderr into stdout as it comes (session.ts);
// - inside a compound command whose stderr is joined to its stdout, each command of its body
//   gets `2>&1` in front of its own redirections, as that is where its stderr already points
//   in bash (`echo e >&2` becomes `echo e 2>&1 >&2`: both into the compound's stdout, in turn).
//   A stage of a pipeline before the last writes its stdout into the pipe, not where its stderr
//   goes, so it is left as it is; so is a nested compound with redirections of its own.

import { type AstNode, isNode, literalWord } from './ast-words';
import { markCommand, takeMarker } from './ast-markers';

const MARKER = '__CTRLAB_STDERR_IN_STDOUT';

/** Where fds 1 and 2 point after a redirection list, as tokens; undefined when a word needs expanding. */
function endpoints(redirections: readonly unknown[], pipedStderr: boolean): { out: string; err: string } | undefined {
  const fds = new Map<number, string>([
    [1, 'stdout'],
    [2, 'stderr'],
  ]);
  let n = 0;
  for (const r of redirections) {
    if (!isNode(r) || typeof r.operator !== 'string' || r.fdVariable !== undefined) return undefined;
    const operator = r.operator;
    const fd = typeof r.fd === 'number' ? r.fd : operator.startsWith('<') ? 0 : 1;
    const target = r.target;
    if (operator === '<<' || operator === '<<-' || operator === '<<<') {
      fds.set(fd, `input ${n++}`);
      continue;
    }
    const word = isNode(target) && target.type === 'Word' ? literalWord(target) : undefined;
    if (operator === '>&' || operator === '<&') {
      if (word === undefined) return undefined;
      if (word === '-') fds.set(fd, 'closed');
      else if (/^\d+$/.test(word)) fds.set(fd, fds.get(Number(word)) ?? `fd ${word}`);
      else if (r.fd === null && operator === '>&') {
        // `>&FILE`: both streams into the file, as &> does.
        const file = `file ${n++}`;
        fds.set(1, file).set(2, file);
      } else return undefined;
    } else if (operator === '&>' || operator === '&>>') {
      const file = `file ${n++}`;
      fds.set(1, file).set(2, file);
    } else fds.set(fd, `file ${n++}`);
  }
  if (pipedStderr) fds.set(2, fds.get(1) ?? 'stdout');
  const out = fds.get(1) ?? 'stdout';
  const err = fds.get(2) ?? 'stderr';
  return { out, err };
}

/** True when the redirections leave stderr pointing where stdout points (and open). */
function joined(redirections: unknown, pipedStderr = false): boolean {
  const at = endpoints(Array.isArray(redirections) ? redirections : [], pipedStderr);
  return at !== undefined && at.out === at.err && at.out !== 'closed';
}

/** `2>&1` as the library's parser makes it. */
function stderrToStdout(): AstNode {
  return { type: 'Redirection', fd: 2, operator: '>&', target: { type: 'Word', parts: [{ type: 'Literal', value: '1' }] } };
}

/** The statement lists a compound command runs (its bodies and conditions). */
function bodiesOf(node: AstNode): unknown[] {
  switch (node.type) {
    case 'Subshell':
    case 'Group':
    case 'For':
    case 'CStyleFor':
      return [node.body];
    case 'While':
    case 'Until':
      return [node.condition, node.body];
    case 'If':
      return [...((node.clauses as AstNode[] | undefined) ?? []).flatMap((c) => [c.condition, c.body]), node.elseBody];
    case 'Case':
      return ((node.items as AstNode[] | undefined) ?? []).map((i) => i.body);
    default:
      return [];
  }
}

/** The commands of `lists` that write where the compound's stdout goes: each pipeline's last. */
function lastStages(lists: readonly unknown[]): AstNode[] {
  const found: AstNode[] = [];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const statement of list) {
      if (!isNode(statement) || !Array.isArray(statement.pipelines)) continue;
      for (const pipeline of statement.pipelines as AstNode[]) {
        const commands = Array.isArray(pipeline.commands) ? (pipeline.commands as unknown[]) : [];
        const last = commands.at(-1);
        if (isNode(last)) found.push(last);
      }
    }
  }
  return found;
}

/**
 * The rewrite, called for every node of the line (parents before children). `programs`: the
 * node's programs, whose IO takes the marker (only they are marked: an assignment before a
 * builtin such as `export` would stay in the shell).
 */
export function keepStderrInOrder(programs: ReadonlySet<string>): (node: AstNode) => void {
  const markIfJoined = (command: AstNode, pipedStderr: boolean) => {
    const name = literalWord(command.name);
    if (name === undefined || !programs.has(name.slice(name.lastIndexOf('/') + 1))) return;
    if (joined(command.redirections, pipedStderr)) markCommand(command, MARKER, '1');
  };
  const pushInto = (compound: AstNode) => {
    for (const command of lastStages(bodiesOf(compound))) {
      if (command.type === 'SimpleCommand') {
        const name = literalWord(command.name);
        // exec's redirections stay with the shell; a line of assignments writes nothing.
        if (name === undefined && command.name !== null && command.name !== undefined) continue;
        if (command.name === null || command.name === undefined || name === 'exec' || !Array.isArray(command.redirections)) continue;
        command.redirections.unshift(stderrToStdout());
        markIfJoined(command, false);
      } else if (Array.isArray(command.redirections) && command.redirections.length === 0) pushInto(command);
    }
  };
  return (node) => {
    if (node.type !== 'Pipeline' || !Array.isArray(node.commands)) return;
    const piped = Array.isArray(node.pipeStderr) ? (node.pipeStderr as unknown[]) : [];
    (node.commands as unknown[]).forEach((command, i) => {
      if (!isNode(command)) return;
      const pipedStderr = piped[i] === true;
      if (command.type === 'SimpleCommand') markIfJoined(command, pipedStderr);
      else if (joined(command.redirections, pipedStderr)) pushInto(command);
    });
  };
}

/** True when the program's stderr is to be written into its stdout (the marker, taken out). */
export function takeStderrInStdout(environ: Record<string, string>): boolean {
  return takeMarker(environ, MARKER) === '1';
}
