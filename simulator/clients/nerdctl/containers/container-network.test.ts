// nerdctl run --network container:<c> (run_network.go@v0.22.2): the target's network namespace,
// hostname and resolv.conf/hosts/hostname files, and the refusals of verifyContainerNetwork,
// containerwalker and getContainerNetNSPath.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const session = () => createSession({ seed: 43, now: () => Date.UTC(2026, 11, 6, 4, 30, 0) });
const fatal = (msg: string) => expect.stringContaining(`level=fatal msg=${JSON.stringify(msg)}\n`);

describe('nerdctl run --network container:<c>', () => {
  it('shares the running target’s namespace: its address, its server on localhost, its files and hostname', async () => {
    const s = session();
    await s.run('nerdctl run -d --name web nginx:alpine');
    const webId = (await s.run("nerdctl inspect -f '{{.Id}}' web")).stdout.trim();
    expect((await s.run('nerdctl run --rm --network container:web busybox ip -4 addr show eth0')).stdout).toContain('inet 10.4.0.2/24 brd 10.4.0.255 scope global eth0\n');
    expect((await s.run('nerdctl run --rm --network container:web busybox wget -qO- localhost')).stdout).toContain('<title>Welcome to nginx!</title>');
    const files = await s.run('nerdctl run --rm --network container:web busybox cat /etc/hosts /etc/hostname');
    expect(files.stdout).toContain(`10.4.0.2        ${webId.slice(0, 12)} web\n`);
    expect(files.stdout.endsWith(`${webId.slice(0, 12)}\n`)).toBe(true);

    await s.run('nerdctl run -d --name side --network container:web busybox sleep 100');
    const sideId = (await s.run("nerdctl inspect -f '{{.Id}}' side")).stdout.trim();
    // Config.Hostname is the nerdctl/hostname label: the joiner's own id, while its spec has web's.
    expect((await s.run("nerdctl inspect -f '{{.NetworkSettings.IPAddress}} {{.Config.Hostname}}' side")).stdout).toBe(`10.4.0.2 ${sideId.slice(0, 12)}\n`);
    const info = (await s.run(`ctr c info ${sideId}`)).stdout;
    expect(info).toContain(`"nerdctl/networks": "[\\"container:${webId}\\"]"`);
    expect(info).toContain(`"hostname": "${webId.slice(0, 12)}"`);
    const pid = (await s.run("nerdctl inspect -f '{{.State.Pid}}' web")).stdout.trim();
    expect(info).toMatch(new RegExp(`"type": "network",\\n\\s+"path": "/proc/${pid}/ns/net"`));
  });

  it('refuses what cannot share, and a target that is missing, ambiguous or not running', async () => {
    const s = session();
    await s.run('nerdctl run -d --name web busybox sleep 100');
    await s.run('nerdctl create --name c1 busybox true');
    const c1 = (await s.run("nerdctl inspect -f '{{.Id}}' c1")).stdout.trim();
    const cases: Array<[string, string]> = [
      ['--network container:nope', 'no such container: nope'],
      ['--network container:c1', `no running task found: task ${c1} not found: not found`],
      ['--network container:web -p 80:80', 'conflicting options: port publishing and the container type network mode'],
      ['--network container:web -h x', 'conflicting options: hostname and the network mode'],
      ['--network container:web --dns 1.1.1.1', 'conflicting options: dns and the network mode'],
      ['--network container:web --add-host a:1.2.3.4', 'conflicting options: custom host-to-IP mapping and the network mode'],
      ['--network container:web --network container:c1', "only one network allowed using '--network=container:<container>'"],
      ['--network container:web:x', 'invalid network: container:web:x, should be "container:<id|name>"'],
    ];
    for (const [flags, msg] of cases) {
      const r = await s.run(`nerdctl run --rm ${flags} busybox true`);
      expect(r.exitCode, flags).toBe(1);
      expect(r.stderr, flags).toEqual(fatal(msg));
    }
    await s.run('nerdctl create --name side --network container:web busybox true');
    const pid = (await s.run("nerdctl inspect -f '{{.State.Pid}}' web")).stdout.trim();
    await s.run('nerdctl stop web');
    const web = (await s.run("nerdctl inspect -f '{{.Id}}' web")).stdout.trim();
    // runc lstat's the joined namespace when side starts: web's process is gone.
    expect((await s.run('nerdctl start side')).stderr).toEqual(
      fatal(`failed to create shim task: OCI runtime create failed: runc create failed: unable to create new parent process: namespace path: lstat /proc/${pid}/ns/net: no such file or directory: unknown`),
    );
    expect((await s.run('nerdctl run --rm --network container:web busybox true')).stderr).toEqual(fatal(`invalid target container: ${web}, should be running`));
  });
});
