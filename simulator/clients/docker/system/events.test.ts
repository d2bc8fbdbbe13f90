// docker events through the CLI: moby's line format, {{json .}} with the API's names (the shape
// a real 20.10.24 printed on 2026-12-05: status, id, from, Type, Action, Actor, scope, time,
// timeNano), the client's and the daemon's refusals, an --until ahead that the node's clock
// reaches, and the honest end of an endless follow where nobody can press Ctrl-C.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const NOW = Date.UTC(2026, 11, 5, 10, 30, 0);

async function session() {
  const s = createSession({ seed: 5, now: () => NOW });
  const run = async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
  await run('docker pull busybox');
  return { s, run };
}

describe('docker events', () => {
  it('prints what happened as moby does, attributes sorted, and as JSON with the API names', async () => {
    const { run } = await session();
    const id = (await run('docker run -d --name e1 -l zz=1 busybox sleep 3600')).stdout.trim();
    await run('docker rename e1 e2');
    await run('sleep 1');
    // By name, only events after the rename match e2 (the name attribute is the name then); by id, all.
    expect((await run("docker events --since 10m --until 0s --filter container=e2 --format '{{.Action}}'")).stdout).toBe('rename\n');
    const lines = (await run(`docker events --since 10m --until 0s --filter container=${id.slice(0, 12)}`)).stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^2026-12-05T10:30:00\\.\\d{9}Z container create ${id} \\(image=busybox, name=e1, zz=1\\)$`));
    expect(lines[2]).toMatch(new RegExp(`^2026-12-05T10:30:00\\.\\d{9}Z container rename ${id} \\(image=busybox, name=e2, oldName=/e1, zz=1\\)$`));
    const json = (await run("docker events --since 10m --until 0s --filter event=start --format '{{json .}}'")).stdout;
    expect(json).toMatch(
      new RegExp(`^\\{"status":"start","id":"${id}","from":"busybox","Type":"container","Action":"start","Actor":\\{"ID":"${id}","Attributes":\\{"image":"busybox","name":"e1","zz":"1"\\}\\},"scope":"local","time":1796466600,"timeNano":17964666000\\d{8}\\}\\n$`),
    );
    expect((await run("docker events --since 10m --until 0s --filter type=network --format '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}'")).stdout).toBe('network connect bridge\n');
  });

  it('refuses a bad template (64), a bad time, until before since; takes no arguments', async () => {
    const { run } = await session();
    expect(await run("docker events --format '{{.Foo}}'")).toEqual({
      stdout: '',
      stderr: 'Error parsing format: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *events.Message\n',
      exitCode: 64,
    });
    expect(await run('docker events --since abc')).toEqual({ stdout: '', stderr: 'failed to parse value as time or duration: "abc"\n', exitCode: 1 });
    expect(await run('docker events --since 2030-01-01 --until 2029-12-31T23:59:59.5Z')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: `since` time (1893456000.000000000) cannot be after `until` time (1893455999.500000000)\n',
      exitCode: 1,
    });
    expect((await run('docker events extra')).stderr).toContain('"docker events" accepts no arguments.');
  });

  it('follows until an --until ahead of the clock; without one, says the endless wait is not simulated', async () => {
    const { run } = await session();
    await run('docker run -d --name short busybox sleep 2');
    expect(await run("docker events --until -5s --filter event=die --format '{{.Actor.Attributes.name}} {{.Actor.Attributes.exitCode}}'")).toEqual({ stdout: 'short 0\n', stderr: '', exitCode: 0 });
    const endless = await run('docker events');
    expect(endless.exitCode).toBe(1);
    expect(endless.stderr).toMatch(/^docker: waiting for new events is not simulated here/);
  });
});
