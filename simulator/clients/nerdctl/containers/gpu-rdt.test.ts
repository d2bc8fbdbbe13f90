// nerdctl run --gpus (run_gpus.go@v0.22.2 over containerd v1.6.20 contrib/nvidia WithGPUs) and
// --rdt-class (oci.WithRdt; runc 1.1 validates the CLOS id and, without resctrl, ignores it).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const session = () => createSession({ seed: 43, now: () => Date.UTC(2026, 11, 6, 4, 30, 0) });
const fatal = (msg: string) => `level=fatal msg=${JSON.stringify(msg)}\n`;

describe('nerdctl run --gpus', () => {
  it('a request that parses fails NewContainer at the lookup of nvidia-container-cli; nothing stays', async () => {
    const s = session();
    for (const gpus of ['all', '2', `'"device=0,1"'`, 'count=1,capabilities=utility,driver=nvidia']) {
      const r = await s.run(`nerdctl run --rm --name g --gpus ${gpus} busybox true`);
      expect(r.exitCode, gpus).toBe(1);
      expect(r.stderr, gpus).toContain(fatal('exec: "nvidia-container-cli": executable file not found in $PATH'));
    }
    expect((await s.run('nerdctl ps -a -q')).stdout).toBe('');
    expect((await s.run('nerdctl run --rm --name g busybox echo fine')).stdout).toBe('fine\n');
  });

  it("parseGPUOptCSV's refusals come before the image is looked at", async () => {
    const s = session();
    const cases: Array<[string, string]> = [
      ['count=x', 'count must be an integer: strconv.Atoi: parsing "x": invalid syntax'],
      ['1,count=2', "gpu request key 'count' can be specified only once"],
      ['driver=amd', 'invalid driver "amd": "nvidia" is only supported'],
      ['foo=bar', "unexpected key 'foo' in 'foo=bar'"],
      ['count=1,device=0', 'cannot set both Count and DeviceIDs on device request'],
      [`'a"b'`, 'parse error on line 1, column 2: bare " in non-quoted-field'],
      ["''", 'EOF'],
    ];
    for (const [gpus, msg] of cases) {
      const r = await s.run(`nerdctl run --rm --gpus ${gpus} nosuchimage`);
      expect(r.exitCode, gpus).toBe(1);
      // logrus quotes a message only when it has to.
      expect(r.stderr, gpus).toContain(msg === 'EOF' ? 'level=fatal msg=EOF\n' : fatal(msg));
    }
  });
});

describe('nerdctl run --rdt-class', () => {
  it('puts linux.intelRdt.closID in the spec; runc without resctrl runs the task, and refuses a bad id', async () => {
    const s = session();
    expect((await s.run('nerdctl run --rm --rdt-class gold busybox echo ok')).stdout).toBe('ok\n');
    await s.run('nerdctl create --name r2 --rdt-class gold busybox true');
    const id = (await s.run("nerdctl inspect -f '{{.Id}}' r2")).stdout.trim();
    const linux = JSON.parse((await s.run(`ctr c info ${id}`)).stdout).Spec.linux as Record<string, unknown>;
    expect(linux.intelRdt).toEqual({ closID: 'gold' });
    expect(Object.keys(linux).at(-1)).toBe('intelRdt');
    const bad = await s.run('nerdctl run --rm --rdt-class a/b busybox true');
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain(fatal('failed to create shim task: OCI runtime create failed: runc create failed: invalid intelRdt.ClosID "a/b": unknown'));
    expect((await s.run('ctr run --rm --rdt-class .. docker.io/library/busybox:latest r1 true')).stderr).toBe('ctr: failed to create shim task: OCI runtime create failed: runc create failed: invalid intelRdt.ClosID "..": unknown\n');
  });
});
