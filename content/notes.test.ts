// Every shell block of every note, run in page order on one fresh simulated node, as the Run
// buttons would. A note may only show commands the simulated node supports; a block whose
// fence says `sh fails` must fail (the note demonstrates an error there). A block whose fence
// says `sh pending=docker-run` waits for a command the node lacks (content/pending-mark.ts): it is
// not run while that command is missing, and its mark must go once the command is there.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../simulator/index';
import { isRunnable, runnableLines } from '../components/notes/code-text';
import { failMark, followsMark, parseFenceMeta } from '../components/notes/fence-meta';
import { isOwnHelp, lineUses, type PendingCommand, pendingCommands, pendingReason, probeLine } from './pending-mark';

interface Block {
  language: string;
  meta: string;
  code: string;
}

const NOTES_DIR = path.join(__dirname, 'notes');
/** What the node prints for what it cannot do: an honest refusal, an unknown command, or a
 * fault of the simulator itself (`ctr: internal simulator error: …`, see session.ts). */
const NOT_SUPPORTED = /not simulated|command not found|is not a docker command|internal simulator error/i;
/** A block meant to fail may show a mistyped command (`nerdcrl`, `ctictl`): bash's `command not
 * found` is then the real answer. Not for a tool the node does not have yet (issue 12: docker is
 * being built), whose block must wait for it instead of passing as a failure. */
const PENDING_TOOLS = new Set(['docker', 'dockerd']);

function unsupported(stderr: string, mustFail: boolean): boolean {
  if (!mustFail) return NOT_SUPPORTED.test(stderr);
  const missing = [...stderr.matchAll(/^bash: ([^:\s]+): command not found$/gm)].map((match) => match[1] ?? '');
  const rest = stderr.replace(/^bash: [^:\s]+: command not found$/gm, '');
  return NOT_SUPPORTED.test(rest) || missing.some((name) => PENDING_TOOLS.has(name));
}

/**
 * A `sh follows` block's last line, as the page runs it (a watched terminal, time passing as it
 * does) and ended with Ctrl-C once it is running, as the reader ends it.
 */
async function runUntilCtrlC(session: ReturnType<typeof createSession>, line: string) {
  let ended = false;
  const running = session.run(line, { tty: true, realTime: true }).finally(() => (ended = true));
  while (!ended && !session.activity()) await new Promise((resolve) => setTimeout(resolve, 5));
  // Let it print what it has before it follows.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await session.interrupt('SIGINT');
  return running;
}

function blocks(mdx: string): Block[] {
  const found: Block[] = [];
  for (const match of mdx.matchAll(/^```(\S*)[ \t]*([^\n]*)\n([\s\S]*?)^```$/gm)) {
    found.push({ language: match[1] ?? '', meta: match[2] ?? '', code: match[3] ?? '' });
  }
  return found;
}

/** Whether the node has a command a block is marked pending for, asked once per command on a
 * node of its own (`docker run --help` shows `docker run`'s own help only once it exists). */
const probeSession = createSession({ seed: 7, now: () => Date.UTC(2026, 10, 28, 6, 0, 0) });
const probed = new Map<string, Promise<boolean>>();
function exists(command: PendingCommand): Promise<boolean> {
  let answer = probed.get(command.mark);
  if (!answer) {
    answer = probeSession.run(probeLine(command), { tty: true }).then((r) => isOwnHelp(command, r.stdout + r.stderr));
    probed.set(command.mark, answer);
  }
  return answer;
}

/** The marked commands a block waits for that the node still lacks. */
async function missing(block: Block): Promise<PendingCommand[]> {
  const marked = pendingCommands(block.meta);
  const found = await Promise.all(marked.map(exists));
  return marked.filter((_, i) => !found[i]);
}

const notes = readdirSync(NOTES_DIR).flatMap((slug) =>
  readdirSync(path.join(NOTES_DIR, slug))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ slug, file, source: readFileSync(path.join(NOTES_DIR, slug, file), 'utf8') })),
);

describe.each(notes)('note $slug/$file', ({ source }) => {
  it('has runnable blocks', () => {
    expect(blocks(source).filter((block) => isRunnable(block.language)).length).toBeGreaterThan(5);
  });

  it('says why each block meant to fail fails (its reason, shown once the block has run)', () => {
    const unexplained = blocks(source)
      .filter((block) => isRunnable(block.language))
      .filter((block) => failMark(parseFenceMeta(block.meta))?.reason === '')
      .map((block) => block.code);
    expect(unexplained, 'a `sh fails` block needs reason="…" in its fence').toEqual([]);
  });

  it('marks blocks pending only for commands the node still lacks, and says why', async () => {
    // A block may wait for a command an earlier block uses (`docker exec web …` needs the `web`
    // that `docker run` made), but never for one no block so far uses: that is a mistyped mark.
    const typedSoFar: string[] = [];
    for (const block of blocks(source).filter((candidate) => isRunnable(candidate.language))) {
      typedSoFar.push(...runnableLines(block.code));
      const marked = pendingCommands(block.meta);
      if (marked.length === 0) continue;
      expect(pendingReason(block.code), `a pending block starts with a # comment, the reason:\n${block.code}`).not.toBeNull();
      const lacking = new Set((await missing(block)).map((command) => command.mark));
      const landed = marked.filter((command) => !lacking.has(command.mark));
      expect(
        landed.map((command) => `${[command.tool, ...command.words].join(' ')} works now: remove pending=${command.mark} (and its reason)`),
        block.code,
      ).toEqual([]);
      for (const command of marked) {
        const used = typedSoFar.some((line) => lineUses(line, command));
        expect(used, `pending=${command.mark} but neither this block nor an earlier one uses it:\n${block.code}`).toBe(true);
      }
    }
  });

  it('runs every shell block in order on one node', async () => {
    // The node's clock moves with real time, as the page's does: a `follows` block waits on it.
    const started = Date.now();
    const session = createSession({ seed: 7, now: () => Date.UTC(2026, 10, 28, 6, 0, 0) + (Date.now() - started) });
    for (const block of blocks(source).filter((candidate) => isRunnable(candidate.language))) {
      // Waits for its command; the test above checks the mark is still due.
      if ((await missing(block)).length > 0) continue;
      const meta = parseFenceMeta(block.meta);
      const mustFail = failMark(meta) !== null;
      const lines = runnableLines(block.code);
      const results = [];
      // Lines are typed one by one; a line that opens a heredoc or a quote continues on the
      // next ones, as the page's terminal does (terminal-controller.ts, needsMoreInput).
      let pending: string[] = [];
      for (const [index, typed] of lines.entries()) {
        pending.push(typed);
        const line = pending.join('\n');
        if (session.needsMoreInput(line)) continue;
        pending = [];
        const follows = followsMark(meta) && index === lines.length - 1;
        const result = follows ? await runUntilCtrlC(session, line) : await session.run(line, { tty: true });
        expect(unsupported(result.stderr, mustFail), `${line}\n${result.stderr}`).toBe(false);
        if (follows) {
          // Ended by Ctrl-C: bash's 130, after the lines it printed.
          expect(result.exitCode, `${line}\n${result.stderr}`).toBe(130);
          expect(result.stdout, line).not.toBe('');
          continue;
        }
        results.push({ line, ...result });
      }
      expect(pending, 'a block ends inside an open heredoc or quote').toEqual([]);
      const failed = results.filter((result) => result.exitCode !== 0);
      if (mustFail) {
        expect(failed.length, block.code).toBeGreaterThan(0);
      } else {
        expect(failed, block.code).toEqual([]);
      }
    }
  });
});
