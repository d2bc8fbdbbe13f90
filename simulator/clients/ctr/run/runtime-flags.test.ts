// ctr run's runtime flags as ctr 1.6.20 reads them (generated set 6118, oracle 100): the image is
// looked up first, then getRuncOptions checks --runc-systemd-cgroup against --cgroup; only then
// does the simulator refuse, by name, a runtime flag it does not model.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const BB = 'docker.io/library/busybox:latest';

describe('ctr run runtime flags', () => {
  it('reports a missing image before the flags, then the --cgroup requirement, then the refusal', async () => {
    const s = createSession({ seed: 23, now: () => Date.UTC(2026, 11, 6, 10, 0, 0) });
    expect((await s.run('ctr run --rm --runc-systemd-cgroup docker.io/library/missing:1 h true')).stderr).toBe(
      'ctr: image "docker.io/library/missing:1": not found\n',
    );
    await s.run(`ctr i pull ${BB}`);
    expect((await s.run(`ctr run --rm --runc-systemd-cgroup ${BB} h true`)).stderr).toBe(
      'ctr: option --runc-systemd-cgroup requires --cgroup to be set, e.g. "machine.slice:foo:deadbeef"\n',
    );
    expect((await s.run(`ctr run --rm --runc-systemd-cgroup --cgroup a:b:c ${BB} h true`)).stderr).toContain('is not simulated here');
  });
});
