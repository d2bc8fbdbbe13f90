// Part of `npm run bench`: the notes' nerdctl commands timed on fresh sessions (the image pulled
// untimed first: pull, build and push show their simulated time as progress and are outside
// the 1 ms budget), and `nerdctl ps -a` on a node whose default namespace holds 1,000
// containers made with `nerdctl run -d`.

import { createSession, type ShellSession } from '../../simulator/index';
import { timeLine, type TimedLines } from './crictl';
import { containerScaleReport } from './container-scale';

/**
 * The nerdctl commands of the notes (the nerdctl section of source/study-notes.zh.txt) that are
 * not pull, build or push, in an order that keeps each meaningful: the notes' `exec -it … sh`
 * is timed as `exec … ls /` (no terminal to attach here), and `container stop/rm` act on a
 * second container.
 */
const NERDCTL_NOTES_COMMANDS: readonly string[] = [
  'nerdctl namespace create mynamespace',
  'nerdctl namespace ls',
  'nerdctl namespace rm mynamespace',
  'nerdctl image ls',
  'nerdctl image tag nginx:alpine harbor.mydomain.com/library/nginx:alpine',
  'nerdctl run -d --name mynginx -p 80:80 nginx:alpine',
  'nerdctl ps -a',
  'nerdctl container ls -a',
  'nerdctl exec mynginx ls /',
  'nerdctl logs mynginx',
  'nerdctl container logs mynginx',
  'nerdctl inspect mynginx',
  'nerdctl container inspect mynginx',
  'nerdctl top mynginx',
  'nerdctl stop mynginx',
  'nerdctl rm mynginx',
  'nerdctl run -d --name mynginx2 nginx:alpine',
  'nerdctl container stop mynginx2',
  'nerdctl container rm mynginx2',
  'echo Harbor12345 | nerdctl login --username "admin" --password-stdin harbor.mydomain.com',
  'nerdctl image rm harbor.mydomain.com/library/nginx:alpine',
];

async function notesSession(seed: number, now: () => number): Promise<ShellSession> {
  const session = createSession({ seed, now });
  await session.run('nerdctl pull nginx:alpine');
  return session;
}

/** Replays the notes' nerdctl commands on `rounds` fresh sessions; samples per line. */
export async function timeNerdctlNotes(rounds: number, now: () => number): Promise<TimedLines> {
  const samples: TimedLines = { wall: new Map(), cpu: new Map() };
  for (let round = 0; round < rounds; round++) {
    const session = await notesSession(300 + round, now);
    for (const line of NERDCTL_NOTES_COMMANDS) {
      const r = await timeLine(samples, line, () => session.run(line));
      // The notes' login fails on a real node too (harbor's CA is not trusted without hosts.toml).
      if (r.exitCode !== 0 && !line.includes(' login ')) throw new Error(`bench: ${line} failed: ${r.stderr}`);
    }
  }
  return samples;
}

/** `nerdctl ps -a` (and -q) at 10 and 1,000 running containers; the medians at 1,000. */
export function nerdctlScaleReport(now: () => number, runs: number): Promise<Map<string, number>> {
  return containerScaleReport(
    { title: 'default namespace with 10 vs 1,000 nerdctl containers (running)', seed: 12, setup: ['nerdctl pull busybox'], run: (i) => `nerdctl run -d --name c${i} busybox sleep 100000`, timed: ['nerdctl ps -a', 'nerdctl ps -a -q'] },
    now,
    runs,
  );
}
