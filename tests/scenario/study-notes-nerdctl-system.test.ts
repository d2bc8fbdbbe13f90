// The study notes' nerdctl namespace commands (source/study-notes.zh.txt, "namespace 相关操作")
// and the network and volume commands a reader of the notes' nerdctl section runs next, on one
// node through the shell: nerdctl 0.22.2's tables, files and errors.

import { describe, expect, it } from 'vitest';
import { createSession, type LineResult } from '../../simulator/index';

function clean(r: LineResult): string {
  const all = r.stdout + r.stderr;
  expect(all).not.toMatch(/internal simulator error|not simulated here|command not found/);
  return all;
}

describe('the study notes, nerdctl namespaces, networks and volumes', () => {
  const session = createSession({ seed: 7, now: () => Date.UTC(2026, 10, 28, 6, 0, 0) });
  const run = async (line: string, code = 0): Promise<LineResult> => {
    const r = await session.run(line);
    expect(r.exitCode, clean(r)).toBe(code);
    return r;
  };

  it('$ nerdctl namespace create mynamespace; nerdctl namespace ls', async () => {
    expect(await run('nerdctl namespace create mynamespace')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const ls = (await run('nerdctl namespace ls')).stdout;
    expect(ls.split('\n')[0]).toBe('NAME           CONTAINERS    IMAGES    VOLUMES    LABELS');
    expect(ls).toContain('mynamespace    0             0         0              \n');
  });

  it('counts a volume of the namespace in VOLUMES', async () => {
    expect((await run('nerdctl -n mynamespace volume create data')).stdout).toBe('data\n');
    expect((await run('nerdctl namespace ls')).stdout).toContain('mynamespace    0             0         1');
    expect((await run('nerdctl -n mynamespace volume ls')).stdout).toBe(
      'VOLUME NAME    DIRECTORY\ndata           /var/lib/nerdctl/1935db59/volumes/mynamespace/data/_data\n',
    );
    expect((await run('ls -l /var/lib/nerdctl/1935db59/volumes/mynamespace/data')).stdout).toMatch(/drwxr-xr-x 2 root root 4096 .* _data\n-rw-r--r-- 1 root root +\d+ .* volume\.json\n$/);
  });

  it('$ nerdctl namespace rm mynamespace removes it once its volume is gone (the data store is nerdctl\'s own)', async () => {
    expect((await run('nerdctl -n mynamespace volume rm data')).stdout).toBe('data\n');
    expect((await run('nerdctl namespace rm mynamespace')).stdout).toBe('mynamespace\n');
    expect((await run('nerdctl namespace ls -q')).stdout).not.toContain('mynamespace');
  });

  it('lists the default bridge, containerd-net and the pseudo networks', async () => {
    const ls = (await run('nerdctl network ls')).stdout;
    expect(ls).toBe(
      'NETWORK ID      NAME              FILE\n' +
        '                containerd-net    /etc/cni/net.d/10-containerd-net.conflist\n' +
        '17f29b073143    bridge            /etc/cni/net.d/nerdctl-bridge.conflist\n' +
        '                host              \n' +
        '                none              \n',
    );
    expect((await run('cat /etc/cni/net.d/nerdctl-bridge.conflist')).stdout).toContain('"bridge": "nerdctl0"');
  });

  it('creates, inspects and removes a network of its own', async () => {
    expect((await run('nerdctl network create mynet')).stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect((await run('nerdctl network inspect mynet')).stdout).toContain('"Subnet": "10.4.1.0/24",\n                    "Gateway": "10.4.1.1"');
    expect((await run('nerdctl network rm mynet')).stdout).toBe('mynet\n');
    expect((await run('nerdctl network inspect mynet', 1)).stderr).toMatch(/level=fatal msg="no such network: mynet"\n$/);
  });

  it('refuses an unknown volume, a pseudo network and a bad --format', async () => {
    expect((await run('nerdctl volume rm nothing', 1)).stderr).toMatch(/msg="volume \\"nothing\\" not found: not found"\n$/);
    expect((await run('nerdctl network rm host', 1)).stderr).toMatch(/msg="pseudo network \\"host\\" cannot be removed"\n$/);
    expect((await run('nerdctl volume ls --format raw', 1)).stderr).toMatch(/msg="unsupported format: \\"raw\\""\n$/);
  });

  it('system info and version answer', async () => {
    expect((await run('nerdctl info')).stdout).toContain(' Operating System: Debian GNU/Linux 12 (bookworm)\n');
    expect((await run('nerdctl system info')).stdout).toContain(' Name: node1\n');
  });
});
