// bash builtins whose library version shows the library rather than bash, answered by commands
// of ours instead. Builtins cannot be replaced by name, so the line's syntax tree is rewritten
// before it runs (limits.ts runs the rewrite on every script): a `help` without a topic, and an
// `export` or `export -p` that only lists, become calls of the commands below.
//
// - `help`: bash 5.2's own list (the library heads its list with its own name);
// - `export -p`: the exported variables as bash lists them; the session exports HOSTNAME
//   (bash keeps it a shell variable), holds an OLDPWD that is still empty before the first
//   cd (bash: exported without a value, `declare -x OLDPWD`) and no SHLVL.
//
// And `cd -`, whose library version goes to the directory the library itself started in
// (a path of its own) instead of $OLDPWD, becomes the same steps in shell words.

import { type Command, defineCommand, parse } from 'just-bash';
import { literalName } from '../limits';
import { BASH_HELP } from './bash-identity';

const HELP = '__ctrlab_help';
const EXPORT_P = '__ctrlab_export_p';

/** The internal names, for the shell's PATH (they are never listed). */
export const BUILTIN_VIEW_NAMES: readonly string[] = [HELP, EXPORT_P];

type AstNode = { type?: unknown; [key: string]: unknown };

function literalArgs(command: AstNode): string[] | undefined {
  const args = command.args as AstNode[];
  const words: string[] = [];
  for (const arg of args) {
    const parts = arg.parts as AstNode[];
    if (parts.length !== 1 || parts[0]?.type !== 'Literal') return undefined;
    words.push(String(parts[0].value));
  }
  return words;
}

/** `cd -` as bash runs it: to $OLDPWD, printing it; an error while OLDPWD is unset or empty. */
const CD_BACK = `{ if [ -n "\${OLDPWD-}" ]; then cd -- "$OLDPWD" && pwd; else echo 'bash: cd: OLDPWD not set' >&2; false; fi; }`;
let cdBack: AstNode | undefined;

function cdBackNode(redirections: unknown): AstNode {
  cdBack ??= (parse(CD_BACK) as unknown as { statements: Array<{ pipelines: Array<{ commands: AstNode[] }> }> }).statements[0]?.pipelines[0]
    ?.commands[0];
  const group = structuredClone(cdBack) as AstNode;
  group.redirections = redirections;
  return group;
}

function replace(node: AstNode, by: AstNode): void {
  for (const key of Object.keys(node)) delete node[key];
  Object.assign(node, by);
}

function rename(command: AstNode, name: string): void {
  command.name = { type: 'Word', parts: [{ type: 'Literal', value: name }] };
  command.args = [];
}

/** Reroutes the listing builtins of one script's tree (see the header). */
export function rerouteBuiltins(_root: unknown, each: (visit: (node: AstNode) => void) => void): void {
  each((node) => {
    const name = literalName(node);
    if (name !== 'help' && name !== 'export' && name !== 'cd') return;
    const args = literalArgs(node);
    if (name === 'cd' && args?.length === 1 && args[0] === '-' && (node.assignments as unknown[]).length === 0) replace(node, cdBackNode(node.redirections));
    else if (name === 'help' && args?.length === 0) rename(node, HELP);
    else if (name === 'export' && args !== undefined && (args.length === 0 || (args.length === 1 && args[0] === '-p'))) rename(node, EXPORT_P);
  });
}

const CONTROL = /[\x00-\x1f\x7f]/;

/** bash's $'…' quoting of a value with control characters (ansic_quote). */
function ansiC(value: string): string {
  const named: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\x1b': '\\E', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '\\': '\\\\', "'": "\\'" };
  let out = '';
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    out += named[ch] ?? (code < 0x20 || code === 0x7f ? `\\${code.toString(8).padStart(3, '0')}` : ch);
  }
  return `$'${out}'`;
}

/** A value as `declare -p` quotes it. */
export function declareQuote(value: string): string {
  if (CONTROL.test(value)) return ansiC(value);
  return `"${value.replace(/[\\"$`]/g, '\\$&')}"`;
}

function exportListing(exported: Readonly<Record<string, string>>, shellVars: ReadonlyMap<string, string>): string {
  // A login shell's SHLVL (see env.ts).
  if (!shellVars.has('SHLVL') && !('SHLVL' in exported)) exported = { ...exported, SHLVL: '1' };
  const names = Object.keys(exported)
    .filter((k) => k !== 'HOSTNAME' && !k.startsWith('__ctrlab') && /^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names
    .map((k) => {
      const v = exported[k] ?? '';
      return k === 'OLDPWD' && v === '' ? 'declare -x OLDPWD\n' : `declare -x ${k}=${declareQuote(v)}\n`;
    })
    .join('');
}

export function builtinViewCommands(): Command[] {
  return [
    defineCommand(HELP, async () => ({ stdout: BASH_HELP, stderr: '', exitCode: 0 })),
    defineCommand(EXPORT_P, async (_args, ctx) => ({ stdout: exportListing(ctx.exportedEnv ?? {}, ctx.env), stderr: '', exitCode: 0 })),
  ];
}
