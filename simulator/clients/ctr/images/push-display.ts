// The upload display of containerd's push (cmd/ctr/commands/images/push.go's ProgressTracker
// over content.StatusTracker): a row per job, waiting → uploading → done, redrawn every 100 ms
// on a terminal, the last frame only elsewhere. ctr and nerdctl 0.22 (which pushes through the
// same containerd code and prints the same rows) share it.

import { clearSequence, renderStatuses, type StatusInfo } from '../../../cli/progress/transfer-display';
import type { CommandIO } from '../../../cli/spec';
import { randomInt, type RandomState } from '../../../host/random';
import type { Descriptor } from '../../../oci/descriptor';
import { makeRefKey } from './ref-key';

const PUSH_TICK_MS = 100;

const waiting = (jobs: readonly Descriptor[]): StatusInfo[] => jobs.map((d) => ({ ref: makeRefKey(d), status: 'waiting', offset: 0, total: 0 }));

/** What a push that fails before any upload shows: `jobs` waiting, one tick in. */
export async function showPushWaiting(io: CommandIO, jobs: readonly Descriptor[]): Promise<void> {
  await io.pace(PUSH_TICK_MS);
  io.stdout(renderStatuses(waiting(jobs), PUSH_TICK_MS));
}

/** The upload of `jobs`: each blob the remote lacks takes time by its size. */
export async function playPushUpload(io: CommandIO, random: RandomState, jobs: readonly Descriptor[], remoteHasBlob: (digest: string) => boolean): Promise<void> {
  const rate = (randomInt(random, 10, 30) * 1024 * 1024) / 1000;
  let t = randomInt(random, 60, 200);
  const spans = jobs.map((d) => {
    const exists = remoteHasBlob(d.digest);
    const start = t;
    if (!exists) t += 20 + d.size / rate;
    return { desc: d, start, end: exists ? start : t };
  });
  const end = Math.ceil(t / PUSH_TICK_MS) * PUSH_TICK_MS;
  const rowsAt = (now: number, final: boolean): StatusInfo[] =>
    spans.map(({ desc, start, end: stop }) => {
      const ref = makeRefKey(desc);
      if (final || now >= stop) return { ref, status: 'done', offset: desc.size, total: desc.size };
      if (now < start) return { ref, status: 'waiting', offset: 0, total: 0 };
      const offset = Math.floor((desc.size * (now - start)) / Math.max(stop - start, 1));
      return { ref, status: 'uploading', offset, total: desc.size };
    });
  if (io.isTTY) {
    let previous = '';
    const columns = Number(io.environ.COLUMNS ?? '0') || 0;
    for (let now = PUSH_TICK_MS; now <= end; now += PUSH_TICK_MS) {
      await io.pace(PUSH_TICK_MS);
      const frame = renderStatuses(rowsAt(now, now === end), now);
      io.stdout(clearSequence(previous, columns) + frame);
      previous = frame;
    }
  } else {
    await io.pace(end);
    io.stdout(renderStatuses(rowsAt(end, true), end));
  }
}
