// Part of `npm run bench`: the Docker note's docker commands timed on fresh sessions (its images
// pulled and the harbor CA put in place untimed first: pull, build and push show simulated time
// as progress and are outside the 1 ms budget), and `docker ps -a` on a node whose dockerd holds
// 1,000 containers made with `docker run -d`.

import { createSession, type ShellSession } from '../../simulator/index';
import { timeLine, type TimedLines } from './crictl';
import { containerScaleReport } from './container-scale';

/**
 * The docker commands of the Docker note (content/notes/docker), in page order, without pull,
 * build and push; `exec -ti … sh` and `run --rm -ti … sh` are timed as the same commands without
 * a terminal (`exec web ls /`, `run --rm busybox ls /`), `logs -f` without -f (it never ends).
 */
const DOCKER_NOTES_COMMANDS: readonly string[] = [
  'docker version',
  'docker info',
  'docker images',
  'docker tag nginx:alpine harbor.mydomain.com/k8s/nginx:alpine',
  'docker login -u admin -p Harbor12345 harbor.mydomain.com',
  'docker rmi harbor.mydomain.com/k8s/nginx:alpine',
  'docker run -d --name web -p 8080:80 nginx:alpine',
  'docker ps',
  'docker exec web nginx -v',
  'docker exec web ls /',
  'docker run --name once busybox echo done',
  'docker ps -a',
  'docker rm once',
  'docker container prune -f',
  'docker run --name broken busybox cat /app/config.yml',
  'docker logs broken',
  'docker run --rm busybox ls /',
  'docker logs --tail=5 web',
  'docker logs -t --since 10m web',
  'docker run -d --name limited -m 64m --cpus 0.5 busybox sleep 3600',
  "docker inspect -f '{{.State.Pid}} {{.HostConfig.Memory}} {{.HostConfig.NanoCpus}}' limited",
  'docker stats --no-stream limited',
  "docker image inspect -f '{{.GraphDriver.Name}}' nginx:alpine",
  "docker image inspect -f '{{json .RootFS.Layers}}' nginx:alpine",
  'docker run -d --name cow nginx:alpine',
  'docker diff cow',
  'docker network ls',
  "docker network inspect -f '{{json .IPAM.Config}}' bridge",
  'docker run -d --name isolated --network none busybox sleep 3600',
  'docker ps -q --no-trunc',
  'docker stop web',
  'docker rm -f web cow limited isolated broken',
];

async function notesSession(seed: number, now: () => number): Promise<ShellSession> {
  const session = createSession({ seed, now });
  for (const line of [
    'docker pull nginx:alpine',
    'docker pull busybox',
    'mkdir -p /etc/docker/certs.d/harbor.mydomain.com',
    'cp /etc/containerd/harbor.mydomain.com/ca.crt /etc/docker/certs.d/harbor.mydomain.com/',
  ]) {
    const r = await session.run(line);
    if (r.exitCode !== 0) throw new Error(`bench: ${line} failed: ${r.stderr}`);
  }
  return session;
}

/** Replays the note's docker commands on `rounds` fresh sessions; samples per line. */
export async function timeDockerNotes(rounds: number, now: () => number): Promise<TimedLines> {
  const samples: TimedLines = { wall: new Map(), cpu: new Map() };
  for (let round = 0; round < rounds; round++) {
    const session = await notesSession(400 + round, now);
    for (const line of DOCKER_NOTES_COMMANDS) {
      const r = await timeLine(samples, line, () => session.run(line));
      // The note's `broken` container fails on purpose, as on a real node.
      if (r.exitCode !== 0 && !line.includes('broken')) throw new Error(`bench: ${line} failed: ${r.stderr}`);
    }
  }
  return samples;
}

/** `docker ps -a` (and -q) at 10 and 1,000 running containers; the medians at 1,000. */
export function dockerScaleReport(now: () => number, runs: number): Promise<Map<string, number>> {
  return containerScaleReport(
    { title: 'dockerd with 10 vs 1,000 containers (running)', seed: 13, setup: ['docker pull busybox'], run: (i) => `docker run -d --name c${i} busybox sleep 100000`, timed: ['docker ps -a', 'docker ps -a -q'] },
    now,
    runs,
  );
}
