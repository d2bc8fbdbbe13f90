// A docker container is a containerd container and task in namespace moby while it runs — made
// WithSpec only (IMAGE "-", no snapshot, runtime io.containerd.runc.v2 with runc's options), its
// root the overlay2 merged dir — and nothing of it is in `default`; once it exits both are gone
// from containerd (checked on a private real dockerd 20.10.24: `ctr -n moby c ls`, `c info`, `t ls`).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connect } from '../../containerd/client/index';
import { createSession } from '../../index';

const NOW = Date.UTC(2026, 11, 5, 4, 15, 16);

describe('docker run as seen by ctr', () => {
  it('ctr -n moby c ls / t ls / c info; default empty; gone after stop', async () => {
    const s = createSession({ seed: 21, now: () => NOW });
    await s.run('docker pull busybox');
    const id = (await s.run('docker run -d --name b1 busybox sleep 3600')).stdout.trim();
    expect((await s.run('ctr -n moby c ls')).stdout).toBe(
      `CONTAINER                                                           IMAGE    RUNTIME                  \n${id}    -        io.containerd.runc.v2    \n`,
    );
    expect((await s.run('ctr -n moby t ls')).stdout).toMatch(new RegExp(`^TASK +PID +STATUS +\\n${id} +\\d+ +RUNNING\\n$`));
    expect((await s.run('ctr -n default c ls -q')).stdout).toBe('');
    const info = JSON.parse((await s.run(`ctr -n moby c info ${id}`)).stdout) as Record<string, unknown> & { Spec: { root: { path: string }; hostname: string } };
    expect(info.Image).toBe('');
    expect(info.SnapshotKey).toBe('');
    expect(info.Snapshotter).toBe('');
    expect(info.Labels).toEqual({ 'com.docker/engine.bundle.path': `/var/run/docker/containerd/${id}` });
    expect(info.Spec.root.path).toMatch(/^\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/merged$/);
    expect(info.Spec.hostname).toBe(id.slice(0, 12));
    expect((await s.run('ctr -n moby i ls -q')).stdout).toBe('');
    // The container reads the image's files through the overlay; its writes land in its upper dir.
    await s.run('docker exec b1 sh -c "echo x > /root/new"');
    const upper = info.Spec.root.path.replace(/merged$/, 'diff');
    expect((await s.run(`cat ${upper}/root/new`)).stdout).toBe('x\n');
    await s.run('docker stop -t 0 b1');
    expect((await s.run('ctr -n moby c ls -q')).stdout).toBe('');
    expect((await s.run('ctr -n moby t ls -q')).stdout).toBe('');
    expect((await s.run(`ls ${info.Spec.root.path}`)).exitCode).not.toBe(0);
  });

  it('a saved node keeps its docker containers, and they start again', async () => {
    const first = createSession({ seed: 22, now: () => NOW });
    await first.run('docker pull busybox');
    await first.run('docker run -d --name b1 busybox sleep 3600');
    await first.run('docker run --name once busybox echo hi');
    const second = createSession({ seed: 22, now: () => NOW, saved: first.save(), rejectDamagedSave: true });
    expect((await second.run('docker ps -a --format "{{.Names}} {{.State}}"')).stdout).toBe('once exited\nb1 running\n');
    expect((await second.run('docker logs once')).stdout).toBe('hi\n');
    expect(await second.run('docker start -a once')).toMatchObject({ stdout: 'hi\n', exitCode: 0 });
    expect(await second.run('docker rm -f b1 once')).toMatchObject({ stdout: 'b1\nonce\n', exitCode: 0 });
    expect((await second.run('ctr -n moby c ls -q')).stdout).toBe('');
  });
});

type Step = { verb: 'run' | 'stop' | 'start' | 'kill' | 'rm' | 'rmf' | 'pause'; n: number };

describe('dockerd and containerd agree (property)', () => {
  it('after any sequence of run/stop/start/kill/pause/rm: a record runs ⇔ moby has its container and task', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ verb: fc.constantFrom<Step['verb']>('run', 'stop', 'start', 'kill', 'rm', 'rmf', 'pause'), n: fc.integer({ min: 0, max: 2 }) }), { maxLength: 10 }),
        async (steps) => {
          const s = createSession({ seed: 5, now: () => NOW });
          await s.run('docker pull busybox');
          for (const { verb, n } of steps) {
            const line = {
              run: `docker run -d --name c${n} busybox sleep 3600`,
              stop: `docker stop -t 0 c${n}`,
              start: `docker start c${n}`,
              kill: `docker kill c${n}`,
              rm: `docker rm c${n}`,
              rmf: `docker rm -f c${n}`,
              pause: `docker pause c${n}`,
            }[verb];
            const r = await s.run(line);
            expect(r.stderr).not.toMatch(/internal|TypeError|undefined/);
          }
          const moby = connect(s.node).withNamespace('moby');
          const inContainerd = new Set(moby.containers.list().map((c) => c.id));
          const records = Object.values(s.node.state.dockerd.containers);
          for (const r of records) {
            const live = r.state.status === 'running' || r.state.status === 'paused';
            expect(inContainerd.has(r.id)).toBe(live);
            if (live) expect(moby.containers.loadContainer(r.id).task().status()).toBe(r.state.status === 'paused' ? 'PAUSED' : 'RUNNING');
            const mounted = Object.entries(s.node.state.host.mounts ?? {}).some(([, m]) => m.overlay?.upperdir === `/var/lib/docker/overlay2/${r.mountId}/diff`);
            expect(mounted).toBe(live);
          }
          for (const id of inContainerd) expect(records.some((r) => r.id === id)).toBe(true);
          expect(new Set(records.map((r) => r.name)).size).toBe(records.length);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
