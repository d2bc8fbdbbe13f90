import { describe, expect, it } from 'vitest';
import { createSession } from '../../simulator/index';
import { EXERCISES } from './index';
import { nodeFacts } from './node-facts';
import { exerciseProgress, PROGRESS_FILE } from './progress';

const now = () => Date.UTC(2026, 11, 5, 8, 0, 0);
type Session = ReturnType<typeof createSession>;

/** Types `lines` as the terminal does: a line that needs more (a heredoc) waits for the next. */
async function typeLines(session: Session, lines: readonly string[]): Promise<void> {
  let pending: string[] = [];
  for (const line of lines) {
    pending.push(line);
    const text = pending.join('\n');
    if (session.needsMoreInput(text)) continue;
    pending = [];
    const result = await session.run(text);
    expect(result.exitCode, `${text}\n${result.stdout}${result.stderr}`).toBe(0);
  }
  expect(pending, 'an unfinished heredoc').toEqual([]);
}

/** Waits for the node (a task ends a moment after SIGKILL): up to 200 idle lines, never a timer. */
async function until(session: Session, check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 200 && !check(); i++) await session.run('true');
  return check();
}

const all = Object.entries(EXERCISES).flatMap(([slug, list]) => list.map((exercise) => ({ slug, exercise })));

describe('exercises', () => {
  it('every note has two or three, each with both languages, and ids are unique', () => {
    for (const [slug, list] of Object.entries(EXERCISES)) {
      expect(list.length, slug).toBeGreaterThanOrEqual(2);
      expect(list.length, slug).toBeLessThanOrEqual(3);
      for (const e of list) {
        expect(e.id.startsWith(`${slug}/`), e.id).toBe(true);
        for (const text of [e.title, e.task, e.hint]) expect(text.zh !== '' && text.en !== '' && text.zh !== text.en, e.id).toBe(true);
      }
    }
    const ids = all.map(({ exercise }) => exercise.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(all.map(({ exercise }) => [exercise.id, exercise] as const))(
    '%s: the check fails on a fresh node and passes after the solution',
    async (_id, exercise) => {
      const session = createSession({ seed: 11, now });
      expect(exercise.check(nodeFacts(session.node.state))).toBe(false);
      await typeLines(session, exercise.solution);
      expect(await until(session, () => exercise.check(nodeFacts(session.node.state)))).toBe(true);
    },
    60_000,
  );
});

describe('exercise progress', () => {
  it('is written to the node once a check passes, kept when the state moves on, and restored with a save', async () => {
    const session = createSession({ seed: 12, now });
    expect(exerciseProgress(session.node, 'ctr')).toEqual({
      statuses: [
        { id: 'ctr/kubelet-image', done: false },
        { id: 'ctr/stubborn-task', done: false },
        { id: 'ctr/paused-task', done: false },
      ],
      recorded: false,
    });
    expect((await session.run(`cat ${PROGRESS_FILE}`)).exitCode).toBe(1);
    await typeLines(session, ['ctr -n k8s.io images pull docker.io/library/busybox:1.37']);
    const first = exerciseProgress(session.node, 'ctr');
    expect(first.recorded).toBe(true);
    expect(first.statuses[0]).toEqual({ id: 'ctr/kubelet-image', done: true });
    // Asked again, nothing new to write.
    expect(exerciseProgress(session.node, 'ctr').recorded).toBe(false);
    // The image goes; the exercise stays done.
    await typeLines(session, ['ctr -n k8s.io images rm docker.io/library/busybox:1.37']);
    expect(exerciseProgress(session.node, 'ctr').statuses[0]?.done).toBe(true);
    expect((await session.run(`cat ${PROGRESS_FILE}`)).stdout).toBe('ctr/kubelet-image\n');
    const restored = createSession({ saved: session.save(), now });
    expect(exerciseProgress(restored.node, 'ctr').statuses.map((s) => s.done)).toEqual([true, false, false]);
    // A fresh node (Reset) starts with nothing done.
    expect(exerciseProgress(createSession({ seed: 12, now }).node, 'ctr').statuses.some((s) => s.done)).toBe(false);
  });

  it('a note without exercises, or a progress path the learner blocked, answers without throwing', async () => {
    const session = createSession({ seed: 13, now });
    expect(exerciseProgress(session.node, 'no-such-note')).toEqual({ statuses: [], recorded: false });
    await typeLines(session, ['touch /root/.ctrlab', 'systemctl start kubelet']);
    expect(exerciseProgress(session.node, 'dockershim')).toEqual({
      statuses: [
        { id: 'dockershim/docker-image-to-k8s', done: false },
        { id: 'dockershim/kubelet', done: true },
      ],
      recorded: false,
    });
  });
});
