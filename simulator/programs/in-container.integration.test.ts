import { describe, expect, it } from 'vitest';
import { createSession } from '../shell/session';

const NOW = Date.UTC(2026, 11, 5, 1, 0, 0);

async function alpineContainer() {
  const s = createSession({ seed: 5, now: () => NOW });
  await s.run('ctr i pull docker.io/library/alpine:3.21');
  await s.run('ctr run -d docker.io/library/alpine:3.21 c1 sleep infinity');
  return s;
}

describe('life inside an alpine container', () => {
  it('writes land in the container\'s own layer at once: a second exec sees them, the image never does, rm takes them', async () => {
    const s = await alpineContainer();
    await s.run('ctr t exec --exec-id w c1 sh -c "mkdir -p /data && echo hello > /data/f && apk add --no-cache jq > /dev/null"');
    expect((await s.run('ctr t exec --exec-id r c1 cat /data/f')).stdout).toBe('hello\n');
    expect((await s.run('ctr t exec --exec-id j c1 which jq')).stdout).toBe('/usr/bin/jq\n');
    expect((await s.run('ctr t exec --exec-id a c1 apk info')).stdout).toContain('\njq\n');
    await s.run('ctr t exec --exec-id rm c1 rm /data/f');
    expect((await s.run('ctr t exec --exec-id r2 c1 cat /data/f')).stderr).toBe("cat: can't open '/data/f': No such file or directory\n");
    await s.run('ctr t kill -s 9 c1');
    await s.run('sleep 1');
    await s.run('ctr c rm c1');
    await s.run('ctr run -d docker.io/library/alpine:3.21 c2 sleep infinity');
    expect((await s.run('ctr t exec --exec-id j c2 which jq')).exitCode).toBe(1);
    expect((await s.run('ctr t exec --exec-id d c2 ls /data')).exitCode).toBe(1);
  });

  it('the usual commands work in the image', async () => {
    const s = await alpineContainer();
    const run = async (cmd: string) => (await s.run(`ctr t exec --exec-id x${Math.random().toString(36).slice(2, 8)} c1 ${cmd}`)).stdout;
    expect(await run('cat /etc/alpine-release')).toBe('3.21.3\n');
    expect(await run('whoami')).toBe('root\n');
    expect(await run('uname -s')).toBe('Linux\n');
    expect(await run('sh -c "cd /etc && pwd && ls apk"')).toBe('/etc\narch\nkeys\nprotected_paths.d\nrepositories\nworld\n');
    expect(await run("sh -c \"sed -i 's/^root:x:0:0:root/root:x:0:0:admin/' /etc/passwd && head -n 1 /etc/passwd\"")).toBe('root:x:0:0:admin:/root:/bin/sh\n');
    expect(await run('sh -c "grep -c nologin /etc/passwd"')).toBe('13\n');
  });
});
