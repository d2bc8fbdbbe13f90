// nerdctl update on a running container whose new limits runc refuses (update.go@v0.22.2: the
// error of task.Update, the spec reset by the deferred updateContainerSpec(oldSpec)); runc
// 1.1's cgroup v1 Set writes cpuset first, then cpu; go-runc appends runc's stderr.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const session = () => createSession({ seed: 43, now: () => Date.UTC(2026, 11, 6, 4, 30, 0) });
const fatal = (msg: string) => `level=fatal msg=${JSON.stringify(msg)}\n`;

describe('nerdctl update refused by runc', () => {
  it('a cpuset the node lacks, too few cpu shares or a bad CFS period: runc’s words, the spec unchanged', async () => {
    const s = session();
    await s.run('nerdctl run -d --name u1 busybox sleep 1000');
    const id = (await s.run("nerdctl inspect -f '{{.Id}}' u1")).stdout.trim();
    // The spec is written twice (the new one, then the old one back): only UpdatedAt moves.
    const specOf = async () => JSON.stringify(JSON.parse((await s.run(`ctr c info ${id}`)).stdout).Spec);
    const specBefore = await specOf();
    const runc = (text: string) => fatal(`runc did not terminate successfully: exit status 1: ${text}\n: unknown`);
    const cases: Array<[string, string]> = [
      ['--cpuset-cpus 5', `failed to write "5": write /sys/fs/cgroup/cpuset/default/${id}/cpuset.cpus: numerical result out of range`],
      ['--cpuset-cpus abc', `failed to write "abc": write /sys/fs/cgroup/cpuset/default/${id}/cpuset.cpus: invalid argument`],
      ['--cpuset-mems 1', `failed to write "1": write /sys/fs/cgroup/cpuset/default/${id}/cpuset.mems: invalid argument`],
      ['--cpu-shares 1', 'the minimum allowed cpu-shares is 2'],
      ['--cpu-period 100', `failed to write "100": write /sys/fs/cgroup/cpu/default/${id}/cpu.cfs_period_us: invalid argument`],
    ];
    for (const [flags, text] of cases) {
      const r = await s.run(`nerdctl update ${flags} u1`);
      expect(r.exitCode, flags).toBe(1);
      expect(r.stderr, flags).toContain(runc(text));
      expect(await specOf(), flags).toBe(specBefore);
    }
    expect((await s.run('nerdctl update --cpuset-cpus 1 u1')).exitCode).toBe(0);
    expect((await s.run('nerdctl exec u1 cat /sys/fs/cgroup/cpuset/cpuset.cpus')).stdout).toBe('1\n');
  });

  it('a container that is not Up takes the value into its spec, and runc refuses it at the next start', async () => {
    const s = session();
    await s.run('nerdctl create --name u2 busybox true');
    const id = (await s.run("nerdctl inspect -f '{{.Id}}' u2")).stdout.trim();
    expect((await s.run('nerdctl update --cpuset-cpus 7 u2')).exitCode).toBe(0);
    const r = await s.run('nerdctl start u2');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(fatal(`failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: unable to apply cgroup configuration: failed to write "7": write /sys/fs/cgroup/cpuset/default/${id}/cpuset.cpus: numerical result out of range: unknown`));
  });
});

describe('nerdctl update -m below what the container holds', () => {
  it('runc cannot set the limit (EBUSY) and says what the cgroup holds, as ctr t metrics reads it', async () => {
    const s = session();
    await s.run('nerdctl run -d --name m1 busybox sleep 1000');
    const id = (await s.run("nerdctl inspect -f '{{.Id}}' m1")).stdout.trim();
    const r = await s.run('nerdctl update -m 100k m1');
    expect(r.exitCode).toBe(1);
    const m = /unable to set memory limit to 102400 \(current usage: (\d+), peak usage: (\d+)\)\\n: unknown"\n$/.exec(r.stderr);
    expect(m).not.toBeNull();
    const metrics = (await s.run(`ctr t metrics ${id}`)).stdout;
    expect(metrics).toMatch(new RegExp(`memory\\.usage_in_bytes\\s+${m?.[1]} `));
    expect((await s.run('nerdctl update -m 64m m1')).exitCode).toBe(0);
  });
});
