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
// - `set` and `declare -p` (or `typeset -p`) that list every variable: the library's listing,
//   piped through a filter that shows those variables as bash has them (no `?`, HOSTNAME not
//   exported, OLDPWD without a value before the first cd, a login shell's SHLVL). The library
//   renders arrays and attributes itself; only those lines change.
//
// And `cd -`, whose library version goes to the directory the library itself started in
// (a path of its own) instead of $OLDPWD, becomes the same steps in shell words.

import { type Command, decodeBytesToUtf8, defineCommand, parse } from 'just-bash';
import { type AstNode, literalArgs, literalName } from '../ast-words';
import { BASH_HELP } from './bash-identity';

const HELP = '__ctrlab_help';
const EXPORT_P = '__ctrlab_export_p';
const VARS_FILTER = '__ctrlab_vars';

/** The internal names, for the shell's PATH (they are never listed). */
export const BUILTIN_VIEW_NAMES: readonly string[] = [HELP, EXPORT_P, VARS_FILTER];


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

/** `{ builtin NAME ARGS | __ctrlab_vars MODE; }` with the command's own redirections. */
function filteredListing(name: string, args: string[], mode: 'set' | 'declare', redirections: unknown): AstNode {
  const simple = (words: string[]): AstNode => ({
    type: 'SimpleCommand',
    name: { type: 'Word', parts: [{ type: 'Literal', value: words[0] }] },
    args: words.slice(1).map((w) => ({ type: 'Word', parts: [{ type: 'Literal', value: w }] })),
    assignments: [],
    redirections: [],
  });
  const pipeline = { type: 'Pipeline', commands: [simple(['builtin', name, ...args]), simple([VARS_FILTER, mode])], negated: false, timed: false, timePosix: false };
  return { type: 'Group', body: [{ type: 'Statement', pipelines: [pipeline], operators: [], background: false, sourceText: '' }], redirections };
}

function replace(node: AstNode, by: AstNode): void {
  for (const key of Object.keys(node)) delete node[key];
  Object.assign(node, by);
}

function rename(command: AstNode, name: string): void {
  command.name = { type: 'Word', parts: [{ type: 'Literal', value: name }] };
  command.args = [];
}

const REROUTED = new Set(['help', 'export', 'cd', 'set', 'declare', 'typeset']);

/** Reroutes a listing builtin (see the header); every node of a script's tree passes here. */
export function rerouteBuiltins(node: AstNode): void {
  const name = literalName(node);
  if (name === undefined || !REROUTED.has(name)) return;
  const args = literalArgs(node);
  if ((node.assignments as unknown[]).length > 0 || args === undefined) return;
  if (name === 'cd' && args.length === 1 && args[0] === '-') replace(node, cdBackNode(node.redirections));
  else if (name === 'set' && args.length === 0) replace(node, filteredListing('set', [], 'set', node.redirections));
  else if ((name === 'declare' || name === 'typeset') && args.length === 1 && args[0] === '-p') {
    replace(node, filteredListing(name, ['-p'], 'declare', node.redirections));
  } else if (name === 'help' && args.length === 0) rename(node, HELP);
  else if (name === 'export' && (args.length === 0 || (args.length === 1 && args[0] === '-p'))) rename(node, EXPORT_P);
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
function declareQuote(value: string): string {
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

/**
 * `set` or `declare -p` output as bash would print it for the session's shell (see the
 * header), from the library's: one variable a line, sorted by name.
 */
function bashVariableListing(text: string, mode: 'set' | 'declare', hasShlvl: boolean): string {
  if (text === '') return '';
  const kept: string[] = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    if (mode === 'set') {
      if (line.startsWith('?=') || line.startsWith('__ctrlab') || line === "OLDPWD=''") continue;
      kept.push(line);
    } else if (!/^declare -\S* (?:\?|__ctrlab)/.test(line)) {
      kept.push(line === 'declare -x OLDPWD=""' ? 'declare -x OLDPWD' : line.replace(/^declare -x HOSTNAME=/, 'declare -- HOSTNAME='));
    }
  }
  if (!hasShlvl) {
    const nameOf = (l: string) => (mode === 'set' ? l : l.replace(/^declare -\S* /, '')).split('=')[0] ?? '';
    const at = kept.findIndex((l) => nameOf(l) > 'SHLVL');
    kept.splice(at < 0 ? kept.length : at, 0, mode === 'set' ? 'SHLVL=1' : 'declare -x SHLVL="1"');
  }
  return `${kept.join('\n')}\n`;
}

export function builtinViewCommands(): Command[] {
  return [
    defineCommand(HELP, async () => ({ stdout: BASH_HELP, stderr: '', exitCode: 0 })),
    defineCommand(EXPORT_P, async (_args, ctx) => ({ stdout: exportListing(ctx.exportedEnv ?? {}, ctx.env), stderr: '', exitCode: 0 })),
    defineCommand(VARS_FILTER, async (args, ctx) => {
      const mode = args[0] === 'declare' ? 'declare' : 'set';
      return { stdout: bashVariableListing(decodeBytesToUtf8(ctx.stdin), mode, ctx.env.has('SHLVL')), stderr: '', exitCode: 0 };
    }),
  ];
}
