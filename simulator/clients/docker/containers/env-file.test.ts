// --env-file and --label-file as docker/cli v20.10.24's parseKeyValueFile reads them, for run
// and exec alike (opts/file.go: ErrBadKey's "poorly formatted environment", CR dropped by
// bufio.ScanLines, a bare name looked up in the CLI's environment for env files only).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const NOW = Date.UTC(2026, 11, 7, 22, 0, 0);

async function node() {
  const s = createSession({ seed: 7, now: () => NOW });
  await s.run("printf 'A=1\\n  # note\\n\\nB= two  \\nHOMEX\\nC=x\\r\\n' > /tmp/ok.env");
  await s.run("printf 'BAD NAME=1\\n' > /tmp/space.env");
  await s.run("printf '=1\\n' > /tmp/noname.env");
  await s.run("printf 'HOMEX \\n' > /tmp/trailing.env");
  await s.run('docker run -d --name ee busybox sleep 1000 > /dev/null');
  return s;
}

describe('docker --env-file', () => {
  it('passes NAME=VALUE as written, looks up a bare name, drops the CR and comments', async () => {
    const s = await node();
    const r = await s.run('HOMEX=h docker exec --env-file /tmp/ok.env ee env');
    expect(r.stdout).toContain('A=1\n');
    expect(r.stdout).toContain('B= two  \n');
    expect(r.stdout).toContain('HOMEX=h\n');
    expect(r.stdout).toContain('C=x\n');
  });

  it('refuses a name with white space or none, in exec (exit 1) and run (exit 125)', async () => {
    const s = await node();
    expect(await s.run('docker exec --env-file /tmp/space.env ee true')).toEqual({ stdout: '', stderr: "poorly formatted environment: variable 'BAD NAME' contains whitespaces\n", exitCode: 1 });
    expect(await s.run('docker exec --env-file /tmp/noname.env ee true')).toEqual({ stdout: '', stderr: "poorly formatted environment: no variable name on line '=1'\n", exitCode: 1 });
    expect((await s.run('docker exec --env-file /tmp/trailing.env ee true')).stderr).toBe("poorly formatted environment: variable 'HOMEX ' contains whitespaces\n");
    const run = await s.run('docker run --rm --env-file /tmp/space.env busybox true');
    expect(run.exitCode).toBe(125);
    expect(run.stderr).toContain("poorly formatted environment: variable 'BAD NAME' contains whitespaces");
  });

  it('reads a label file without looking names up', async () => {
    const s = await node();
    await s.run("printf 'tier=db\\nHOME\\n' > /tmp/l.txt");
    await s.run('docker run -d --name ll --label-file /tmp/l.txt busybox true > /dev/null');
    expect((await s.run("docker inspect -f '{{json .Config.Labels}}' ll")).stdout).toBe('{"tier":"db"}\n');
  });
});
