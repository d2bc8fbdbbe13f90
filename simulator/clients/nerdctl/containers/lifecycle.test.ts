// The container lifecycle commands of nerdctl 0.22.2 (stop.go, start.go, restart.go, kill.go,
// pause.go, unpause.go, rename.go, wait.go, port.go, container_prune.go, logs.go@v0.22.2) and
// containerd 1.6.20's restart monitor for `--restart always`.

import { describe, expect, it } from 'vitest';
import { nerdctlSession, type Run } from '../images/test-support';

async function nginx(extra = ''): Promise<{ run: Run; id: string }> {
  const run = nerdctlSession();
  const id = (await run(`nerdctl run -d --name web -p 8080:80 ${extra} nginx:alpine`)).out.trim();
  return { run, id };
}

describe('nerdctl container lifecycle', () => {
  it('stop/start/restart print the argument, kill the full id; states follow', async () => {
    const { run, id } = await nginx();
    expect(await run(`nerdctl stop ${id.slice(0, 6)}`)).toEqual({ out: `${id.slice(0, 6)}\n`, err: '', code: 0 });
    expect((await run('nerdctl ps -a --format "{{.Status}}"')).out).toBe('Exited (0) Less than a second ago\n');
    expect(await run('nerdctl start web')).toEqual({ out: 'web\n', err: '', code: 0 });
    expect((await run('curl -s localhost:8080')).out).toContain('Welcome to nginx!');
    expect((await run('nerdctl start web')).err).toMatch(new RegExp(`level=warning msg="container ${id} is already running"\\n$`));
    expect(await run('nerdctl restart web')).toEqual({ out: 'web\n', err: '', code: 0 });
    expect(await run('nerdctl kill -s TERM web')).toEqual({ out: `${id}\n`, err: '', code: 0 });
    await run('sleep 1');
    expect((await run('nerdctl ps -a --format "{{.Status}}"')).out).toBe('Exited (0) 1 second ago\n');
  });

  it('pause and unpause; a paused container shows Paused and cannot be removed without -f', async () => {
    const { run, id } = await nginx();
    expect(await run('nerdctl pause web')).toEqual({ out: 'web\n', err: '', code: 0 });
    expect((await run('nerdctl ps -a --format "{{.Status}}"')).out).toBe('Paused\n');
    expect((await run('nerdctl ps -q')).out).toBe('');
    expect((await run('nerdctl rm web')).err).toContain(`you cannot remove a paused container ${id}. Unpause the container before attempting removal or force remove`);
    expect(await run('nerdctl unpause web')).toEqual({ out: 'web\n', err: '', code: 0 });
    expect((await run('nerdctl ps --format "{{.Status}}"')).out).toBe('Up\n');
  });

  it('rename moves the name in the store and the hosts file; the old name is free', async () => {
    const { run, id } = await nginx();
    expect(await run('nerdctl rename web site')).toEqual({ out: '', err: '', code: 0 });
    expect((await run('ls /var/lib/nerdctl/1935db59/names/default')).out).toBe('site\n');
    expect((await run(`cat /var/lib/nerdctl/1935db59/etchosts/default/${id}/hosts`)).out).toBe(
      `# <nerdctl>\n127.0.0.1\tlocalhost localhost.localdomain\n::1\t\tlocalhost localhost.localdomain\n10.4.0.2        ${id.slice(0, 12)} site\n# </nerdctl>\n`,
    );
    const other = (await run('nerdctl run -d --name web alpine sleep 100')).out.trim();
    expect((await run(`nerdctl rename site web`)).err).toContain(`msg="name \\"web\\" is already used by ID \\"${other}\\""`);
  });

  it('port lists the mappings or one of them', async () => {
    const { run, id } = await nginx();
    expect((await run('nerdctl port web')).out).toBe('80/tcp -> 0.0.0.0:8080\n');
    expect((await run('nerdctl port web 80')).out).toBe('0.0.0.0:8080\n');
    expect((await run('nerdctl port web 81/tcp')).err).toContain(`msg="no public port 81/tcp published for \\"${id}\\""`);
  });

  it('wait prints the exit code of each container', async () => {
    const run = nerdctlSession();
    await run("nerdctl run -d --name w alpine sh -c 'sleep 2; exit 4'");
    expect(await run('nerdctl wait w')).toEqual({ out: '4\n', err: '', code: 0 });
  });

  it('container prune removes the stopped ones and prints them', async () => {
    const { run } = await nginx();
    await run('nerdctl run --name once alpine true');
    const once = (await run('nerdctl inspect -f "{{.Id}}" once')).out.trim();
    expect(await run('nerdctl container prune -f')).toEqual({ out: `Deleted Containers:\n${once}\n\n`, err: '', code: 0 });
    expect((await run('nerdctl ps -a --format "{{.Names}}"')).out).toBe('web\n');
    expect(await run('echo n | nerdctl container prune')).toEqual({ out: 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ', err: '', code: 0 });
  });

  it('logs: json-file entries, --tail, -t with RFC3339Nano stamps, --since', async () => {
    const run = nerdctlSession();
    await run("nerdctl run -d --name l alpine sh -c 'echo one; echo two >&2; echo three'");
    await run('sleep 1');
    expect(await run('nerdctl logs l')).toEqual({ out: 'one\nthree\n', err: 'two\n', code: 0 });
    expect((await run('nerdctl logs --tail 1 l')).out).toBe('three\n');
    expect((await run('nerdctl logs -t -n 1 l')).out).toMatch(/^2026-12-04T22:00:0\d\.\d+Z three\n$/);
    await run('sleep 5');
    expect((await run('nerdctl logs --since 2s l')).out).toBe('');
    expect((await run('nerdctl logs --since 1m l')).out).toBe('one\nthree\n');
    const id = (await run('nerdctl inspect -f "{{.Id}}" l')).out.trim();
    const file = (await run(`cat /var/lib/nerdctl/1935db59/containers/default/${id}/${id}-json.log`)).out.split('\n');
    expect(file[0]).toMatch(/^\{"log":"one\\n","stream":"stdout","time":"2026-12-04T22:00:0\d\.\d+Z"\}$/);
    expect((await run(`cat /var/lib/nerdctl/1935db59/containers/default/${id}/log-config.json`)).out).toBe('{"driver":"json-file"}');
  });

  it('--restart always: containerd 1.6.20 starts the container again within 10 s, even after nerdctl stop', async () => {
    const { run } = await nginx('--restart always');
    await run('nerdctl stop web');
    expect((await run('nerdctl ps -a --format "{{.Status}}"')).out).toBe('Restarting (0) Less than a second ago\n');
    await run('sleep 11');
    expect((await run('nerdctl ps -a --format "{{.Status}}"')).out).toBe('Up\n');
    expect((await run('curl -s localhost:8080')).out).toContain('Welcome to nginx!');
    // With containerd down nothing restarts; once it is back, the monitor does.
    await run('nerdctl kill web');
    await run('systemctl stop containerd');
    await run('sleep 20');
    await run('systemctl start containerd');
    await run('sleep 10');
    expect((await run('nerdctl ps -a --format "{{.Status}}"')).out).toBe('Up\n');
    expect((await run('nerdctl inspect -f "{{.State.Restarting}}" web')).out).toBe('true\n');
    await run('nerdctl rm -f web');
    await run('sleep 12');
    expect((await run('nerdctl ps -a -q')).out).toBe('');
  });
});
