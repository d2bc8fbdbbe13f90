// The shell answers about itself as bash 5.2.15 on bookworm does: `help` without a topic (the
// library heads its list with its own name; builtin-views.ts routes it here) and `bash
// --version` (which the library takes for a script named --version). Everything else goes to
// the library's help and bash.

import { type CommandContext, defineCommand } from 'just-bash';
import type { ShellCommandFactory, ShellCommandHost } from './command-host';
import { dashAnswer } from './dash-messages';
import { scriptOf, unfinishedScript } from './unfinished-script';
import { shellQuote } from '../shell-variables';

const BASH_VERSION_LINE = 'GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)';

/** `bash --version` on bookworm. */
const BASH_VERSION_TEXT = `${BASH_VERSION_LINE}
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>

This is free software; you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
`;

/** `help` of bash 5.2.15, recorded with `bash -c help` on a bookworm machine (80 columns). */
const HELP_LINES = [
  "GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)",
  "These shell commands are defined internally.  Type `help' to see this list.",
  "Type `help name' to find out more about the function `name'.",
  "Use `info bash' to find out more about the shell in general.",
  "Use `man -k' or `info' to find out more about commands not in this list.",
  "",
  "A star (*) next to a name means that the command is disabled.",
  "",
  " job_spec [&]                            history [-c] [-d offset] [n] or hist>",
  " (( expression ))                        if COMMANDS; then COMMANDS; [ elif C>",
  " . filename [arguments]                  jobs [-lnprs] [jobspec ...] or jobs >",
  " :                                       kill [-s sigspec | -n signum | -sigs>",
  " [ arg... ]                              let arg [arg ...]",
  " [[ expression ]]                        local [option] name[=value] ...",
  " alias [-p] [name[=value] ... ]          logout [n]",
  " bg [job_spec ...]                       mapfile [-d delim] [-n count] [-O or>",
  " bind [-lpsvPSVX] [-m keymap] [-f file>  popd [-n] [+N | -N]",
  " break [n]                               printf [-v var] format [arguments]",
  " builtin [shell-builtin [arg ...]]       pushd [-n] [+N | -N | dir]",
  " caller [expr]                           pwd [-LP]",
  " case WORD in [PATTERN [| PATTERN]...)>  read [-ers] [-a array] [-d delim] [->",
  " cd [-L|[-P [-e]] [-@]] [dir]            readarray [-d delim] [-n count] [-O >",
  " command [-pVv] command [arg ...]        readonly [-aAf] [name[=value] ...] o>",
  " compgen [-abcdefgjksuv] [-o option] [>  return [n]",
  " complete [-abcdefgjksuv] [-pr] [-DEI]>  select NAME [in WORDS ... ;] do COMM>",
  " compopt [-o|+o option] [-DEI] [name .>  set [-abefhkmnptuvxBCEHPT] [-o optio>",
  " continue [n]                            shift [n]",
  " coproc [NAME] command [redirections]    shopt [-pqsu] [-o] [optname ...]",
  " declare [-aAfFgiIlnrtux] [name[=value>  source filename [arguments]",
  " dirs [-clpv] [+N] [-N]                  suspend [-f]",
  " disown [-h] [-ar] [jobspec ... | pid >  test [expr]",
  " echo [-neE] [arg ...]                   time [-p] pipeline",
  " enable [-a] [-dnps] [-f filename] [na>  times",
  " eval [arg ...]                          trap [-lp] [[arg] signal_spec ...]",
  " exec [-cl] [-a name] [command [argume>  true",
  " exit [n]                                type [-afptP] name [name ...]",
  " export [-fn] [name[=value] ...] or ex>  typeset [-aAfFgiIlnrtux] name[=value>",
  " false                                   ulimit [-SHabcdefiklmnpqrstuvxPRT] [>",
  " fc [-e ename] [-lnr] [first] [last] o>  umask [-p] [-S] [mode]",
  " fg [job_spec]                           unalias [-a] name [name ...]",
  " for NAME [in WORDS ... ] ; do COMMAND>  unset [-f] [-v] [-n] [name ...]",
  " for (( exp1; exp2; exp3 )); do COMMAN>  until COMMANDS; do COMMANDS-2; done",
  " function name { COMMANDS ; } or name >  variables - Names and meanings of so>",
  " getopts optstring name [arg ...]        wait [-fn] [-p var] [id ...]",
  " hash [-lr] [-p pathname] [-dt] [name >  while COMMANDS; do COMMANDS-2; done",
  " help [-dms] [pattern ...]               { COMMANDS ; }",
];

/** What `help` without a topic prints. */
export const BASH_HELP = `${HELP_LINES.join('\n')}\n`;

export const bashCommand: ShellCommandFactory = (host) =>
  defineCommand('bash', async (args, ctx) => {
    if (args[0] === '--version') return { stdout: BASH_VERSION_TEXT, stderr: '', exitCode: 0 };
    const original = ctx.origCommand;
    if (!original) return { stdout: '', stderr: 'bash: not available\n', exitCode: 1 };
    return asChild(host, ctx, async () => (await unfinishedScript('bash', args, ctx)) ?? original(args));
  });

/** Runs a child shell as its own process (child-shell.ts), where the host can. */
function asChild<T>(host: ShellCommandHost, ctx: CommandContext, run: () => Promise<T>): Promise<T> {
  return host.childProcess ? host.childProcess(Object.keys(ctx.exportedEnv ?? {}), run) : run();
}

/** `sh` (dash on Debian): the library's shell, with dash's words for its errors (dash-messages.ts). */
export const shCommand: ShellCommandFactory = (host) =>
  defineCommand('sh', async (args, ctx) => {
    const original = ctx.origCommand;
    if (!original) return { stdout: '', stderr: 'sh: not available\n', exitCode: 1 };
    const unfinished = await asChild(host, ctx, () => unfinishedScript('sh', args, ctx));
    if (unfinished) return unfinished;
    const r = await asChild(host, ctx, () => original(args));
    const script = await scriptOf(args, ctx);
    if (!script || r.stderr === '') return r;
    const name = script.name ?? (args[0] === '-c' ? args[2] : undefined) ?? 'sh';
    const answer = dashAnswer(r.stderr, r.exitCode, name, script.text);
    // The library counted the bytes it wrote: what is left of them is all that is charged now.
    const counted = r.internalOutputAccounting;
    const stderrBytes = new TextEncoder().encode(answer.stderr).length;
    return { ...r, ...answer, internalOutputAccounting: counted && { ...counted, stderr: Math.min(counted.stderr, stderrBytes) } };
  });

/**
 * `dash`, the program /bin/sh links to on Debian: the node's `sh` under its own name, so `$0`
 * and its error messages say `dash` (`dash -c nosuch` → `dash: 1: nosuch: not found`).
 */
export const dashCommand: ShellCommandFactory = () =>
  defineCommand('dash', async (args, ctx) => {
    if (!ctx.exec) return { stdout: '', stderr: 'dash: not available\n', exitCode: 1 };
    const named = args[0] === '-c' && args.length === 2 ? [...args, 'dash'] : args;
    const line = ['sh', ...named].map(shellQuote).join(' ');
    const options = { env: ctx.exportedEnv ?? {}, cwd: ctx.cwd, signal: ctx.signal };
    return ctx.execWithInheritedStdin ? ctx.execWithInheritedStdin(line, options) : ctx.exec(line, options);
  });
