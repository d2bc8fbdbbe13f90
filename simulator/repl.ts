// `npm run sim`: the simulated node's shell in a real terminal, or a transcript runner.
// The only Node-only file of the simulator (excluded from simulator/tsconfig.json).
//
//   npm run sim                         interactive, pull progress animates in real time
//   npm run sim -- --transcript < cmds  one "$ line / output / [exit N] / blank" block a line,
//                                       the format of shared/conformance/*.txt
//   --seed N                            reproducible ids, PIDs and UUIDs

import { createInterface } from 'node:readline';
import { useNodeCodecs } from '../scripts/node-codecs';
import { createSession } from './index';
import type { ShellSession } from './shell/session-types';

interface Args {
  transcript: boolean;
  seed?: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { transcript: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--transcript') args.transcript = true;
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a?.startsWith('--seed=')) args.seed = Number(a.slice('--seed='.length));
    else {
      process.stderr.write(`usage: npm run sim -- [--transcript] [--seed N]\n`);
      process.exit(2);
    }
  }
  return args;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Groups input lines into command lines, joining what the shell would ask more input for. */
export function commandLines(session: ShellSession, text: string): string[] {
  const out: string[] = [];
  let pending: string | undefined;
  for (const line of text.split('\n')) {
    const candidate = pending === undefined ? line : `${pending}\n${line}`;
    if (session.needsMoreInput(candidate)) {
      pending = candidate;
      continue;
    }
    pending = undefined;
    if (candidate.trim() !== '') out.push(candidate);
  }
  if (pending !== undefined && pending.trim() !== '') out.push(pending);
  return out;
}

async function runTranscript(args: Args): Promise<void> {
  // Time jumps, and only the node moves it: the same script and seed give the same transcript.
  const session = createSession({ seed: args.seed, frozenClock: true });
  const input = await readAll(process.stdin);
  for (const line of commandLines(session, input)) {
    let merged = '';
    const result = await session.run(line, { onOutput: (chunk) => (merged += chunk) });
    if (merged !== '' && !merged.endsWith('\n')) merged += '\n';
    process.stdout.write(`$ ${line}\n${merged}[exit ${result.exitCode}]\n\n`);
  }
}

async function runInteractive(args: Args): Promise<void> {
  const session = createSession({ seed: args.seed });
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: true,
    historySize: 1000,
    completer: (line: string, callback: (err: null, result: [string[], string]) => void) => {
      const word = line.split(/\s+/).pop() ?? '';
      void session.complete(line).then((candidates) => callback(null, [candidates, word]));
    },
  });
  let buffer: string | undefined;
  // Lines are queued here rather than read with rl.pause() around each command: a paused
  // readline reads no keys, so Ctrl-C could not reach a running command. Lines typed while one
  // runs wait their turn, and Ctrl-C throws them away, as a terminal's line discipline does.
  const queue: string[] = [];
  let closed = false;
  let wake: (() => void) | undefined;
  rl.on('line', (line) => {
    queue.push(line);
    wake?.();
  });
  rl.on('close', () => {
    closed = true;
    wake?.();
  });
  let running = false;
  const write = (chunk: string, stream: 'stdout' | 'stderr') => (stream === 'stderr' ? process.stderr : process.stdout).write(chunk);
  rl.setPrompt(session.prompt());
  rl.prompt();
  rl.on('SIGINT', () => {
    buffer = undefined;
    if (running) {
      // To the running command (SIGINT): the line ends with exit 130 and the prompt follows.
      queue.length = 0;
      process.stdout.write('^C\n');
      void session.interrupt('SIGINT');
      return;
    }
    void session.interrupt('SIGINT').then((r) => {
      process.stdout.write('^C\n');
      if (r.stdout) write(r.stdout, 'stdout');
      if (r.stderr) write(r.stderr, 'stderr');
      rl.setPrompt(session.prompt());
      rl.prompt();
    });
  });
  for (;;) {
    if (queue.length === 0 && !closed) await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
    const line = queue.shift();
    if (line === undefined) {
      if (closed) break;
      continue;
    }
    const text = buffer === undefined ? line : `${buffer}\n${line}`;
    if (session.needsMoreInput(text)) {
      buffer = text;
      rl.setPrompt('> ');
      rl.prompt();
      continue;
    }
    buffer = undefined;
    // `exit` ends the login shell, and with it the REPL.
    if (/^\s*(exit|logout)(\s+\d+)?\s*$/.test(text)) break;
    running = true;
    try {
      await session.run(text, { tty: true, realTime: true, onOutput: write });
    } finally {
      running = false;
    }
    rl.setPrompt(session.prompt());
    rl.prompt();
  }
  rl.close();
  process.stdout.write('logout\n');
}

useNodeCodecs();
const args = parseArgs(process.argv.slice(2));
if (args.transcript || !process.stdin.isTTY) await runTranscript(args);
else await runInteractive(args);
