// GNU coreutils 9.1 `timeout` on the node's clock. The shell library's own timeout counts
// browser milliseconds, so `timeout 1 sleep 5` (whose sleep jumps in a transcript) used to
// succeed; here the deadline is a moment of the node's time that every wait inside respects
// (host/time-driver.ts): the command is stopped there and timeout exits 124, as on a real node,
// in a transcript (at once) and on a terminal (after really waiting).

import { defineCommand } from 'just-bash';
import { parseSignal } from '../../host/signals';
import { plainWords } from '../limits';
import { shellQuote } from '../shell-variables';
import { tryHelp } from './coreutils-text';
import type { ShellCommandFactory } from './command-host';

const TRY_HELP = tryHelp('timeout');
const TIMED_OUT = 124;
const CANCELED = 125;
const UNIT_MS: Readonly<Record<string, number>> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

interface TimeoutArgs {
  durationMs: number;
  signal: { name: string; number: number };
  verbose: boolean;
  preserveStatus: boolean;
  command: string[];
}

/** coreutils' parse of DURATION: a non-negative float with an optional s, m, h or d. */
function parseDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? 1000);
}

function fail(message: string): { error: string } {
  return { error: message };
}

/** Options before DURATION (getopt stops at the first operand, as timeout asks). */
function parseArgs(args: readonly string[]): TimeoutArgs | { error: string } {
  let signal = { name: 'SIGTERM', number: 15 };
  let verbose = false;
  let preserveStatus = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      i += 1;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    const long = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    const name = long ? long[1] : a.slice(1, 2);
    const inline = long ? long[2] : a.length > 2 ? a.slice(2) : undefined;
    const value = () => inline ?? args[++i];
    if (name === 'v' || name === 'verbose') verbose = true;
    else if (name === 'preserve-status') preserveStatus = true;
    else if (name === 'foreground') continue;
    else if (name === 's' || name === 'signal') {
      const raw = value();
      if (raw === undefined) return fail(`timeout: option requires an argument -- 's'\n${TRY_HELP}`);
      try {
        signal = parseSignal(raw);
      } catch {
        return fail(`timeout: ‘${raw}’: invalid signal\n${TRY_HELP}`);
      }
    } else if (name === 'k' || name === 'kill-after') {
      const raw = value();
      if (raw === undefined) return fail(`timeout: option requires an argument -- 'k'\n${TRY_HELP}`);
      if (parseDuration(raw) === undefined) return fail(`timeout: invalid time interval ‘${raw}’\n${TRY_HELP}`);
    } else {
      return fail(long ? `timeout: unrecognized option '${a}'\n${TRY_HELP}` : `timeout: invalid option -- '${name}'\n${TRY_HELP}`);
    }
  }
  const rest = args.slice(i);
  if (rest.length < 2) return fail(TRY_HELP);
  const durationMs = parseDuration(rest[0] as string);
  if (durationMs === undefined) return fail(`timeout: invalid time interval ‘${rest[0]}’\n${TRY_HELP}`);
  return { durationMs, signal, verbose, preserveStatus, command: rest.slice(1) };
}

/** What the shell library says when a command is missing, as timeout words it. */
function notFound(stderr: string, name: string): string | undefined {
  const plain = plainWords(stderr).text;
  return plain === `bash: ${name}: command not found\n` ? `timeout: failed to run command ‘${name}’: No such file or directory\n` : undefined;
}

const ABORTED = 'bash: execution aborted\n';

export const timeoutCommand: ShellCommandFactory = (host) =>
  defineCommand('timeout', async (args, ctx) => {
    const parsed = parseArgs(args);
    if ('error' in parsed) return { stdout: '', stderr: parsed.error, exitCode: CANCELED };
    const [name = '', ...rest] = parsed.command;
    const abort = new AbortController();
    ctx.signal?.addEventListener('abort', () => abort.abort(), { once: true });
    // A program of the node runs here, with IO of its own, so what it printed before the
    // deadline stays printed; anything else goes through the shell library.
    const direct = host.directRun(name);
    const run = direct
      ? async () => {
          const inv = host.openIO(ctx);
          return inv.result(await direct(rest, inv.io, host.node));
        }
      : () => ctx.exec?.(parsed.command.map(shellQuote).join(' '), { cwd: ctx.cwd, signal: abort.signal }) ?? Promise.resolve(undefined);
    // DURATION 0 disables the timeout.
    const { result, fired } =
      parsed.durationMs > 0
        ? await host.underDeadline({ atMs: host.node.nowMs() + parsed.durationMs, signal: parsed.signal.name, abort }, run)
        : { result: await run(), fired: false };
    if (!result) return { stdout: '', stderr: 'timeout: not available\n', exitCode: CANCELED };
    // Timed out even when the command caught the signal and finished on its own later.
    const timedOut = fired && !ctx.signal?.aborted;
    if (!timedOut) {
      const missing = result.exitCode === 127 ? notFound(result.stderr, parsed.command[0] ?? '') : undefined;
      return { stdout: result.stdout, stderr: missing ?? result.stderr, exitCode: result.exitCode };
    }
    // The node's programs end on the deadline by SIGINT's path (exit 130); TERM is what timeout sends.
    const stderr =
      (result.stderr.endsWith(ABORTED) ? result.stderr.slice(0, -ABORTED.length) : result.stderr) +
      (parsed.verbose ? `timeout: sending signal ${parsed.signal.name.replace(/^SIG/, '')} to command ‘${parsed.command[0]}’\n` : '');
    // SIGKILL cannot be caught: timeout, which sends it to its own process group, dies too.
    const code = parsed.signal.number === 9 ? 137 : parsed.preserveStatus ? 128 + parsed.signal.number : TIMED_OUT;
    return { stdout: result.stdout, stderr, exitCode: code };
  });
