import { describe, expect, it } from 'vitest';
import { createSimulator } from '../index';
import { NodeFileSystem } from './node-file-system';

function fs() {
  const node = createSimulator({ seed: 1, now: () => 1_000 });
  return { node, fs: new NodeFileSystem(node, new Set(['ls', 'ctr'])) };
}

describe('NodeFileSystem', () => {
  it('stores what it writes in the node state, as bytes', async () => {
    const { node, fs: f } = fs();
    await f.writeFile('/root/t.txt', '容器\n');
    expect(node.state.host.files['/root/t.txt']).toMatchObject({ kind: 'file', mtimeMs: 1_000 });
    expect(node.state.host.files['/root/t.txt']?.content).toHaveLength(7);
    expect(await f.readFile('/root/t.txt')).toBe('容器\n');
    expect(Array.from(await f.readFileBuffer('/root/t.txt')).slice(0, 3)).toEqual([0xe5, 0xae, 0xb9]);
    await f.appendFile('/root/t.txt', new Uint8Array([0x41]));
    expect(await f.readFile('/root/t.txt')).toBe('容器\nA');
  });

  it('fails with node-style codes the shell’s commands understand', async () => {
    const { fs: f } = fs();
    await expect(f.readFile('/nope')).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(f.readdir('/etc/hostname')).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(f.mkdir('/root')).rejects.toMatchObject({ code: 'EEXIST' });
  });

  it('shows package executables in /bin and /usr/bin without storing them', async () => {
    const { node, fs: f } = fs();
    expect(await f.exists('/usr/bin/ctr')).toBe(true);
    expect((await f.stat('/bin/ls')).mode & 0o111).not.toBe(0);
    // crictl, docker and docker.io's docker-init are stored files (tools/tool.ts fileBacked,
    // the package's file list), merged with the programs.
    expect(await f.readdir('/usr/bin')).toEqual(['crictl', 'ctr', 'docker', 'docker-init', 'ls']);
    expect(node.state.host.files['/usr/bin/ctr']).toBeUndefined();
    expect(await f.exists('/usr/bin/nosuch')).toBe(false);
  });

  it('copies, moves, links and lists with types', async () => {
    const { fs: f } = fs();
    await f.mkdir('/tmp/a/b', { recursive: true });
    await f.writeFile('/tmp/a/b/x', 'x');
    await f.cp('/tmp/a', '/tmp/c', { recursive: true });
    expect(await f.readFile('/tmp/c/b/x')).toBe('x');
    await f.mv('/tmp/c', '/tmp/d');
    expect(await f.exists('/tmp/c')).toBe(false);
    await f.symlink('/tmp/d/b/x', '/tmp/l');
    expect(await f.readlink('/tmp/l')).toBe('/tmp/d/b/x');
    expect(await f.realpath('/tmp/l')).toBe('/tmp/d/b/x');
    expect((await f.lstat('/tmp/l')).isSymbolicLink).toBe(true);
    const types = await f.readdirWithFileTypes('/tmp');
    expect(types.find((t) => t.name === 'l')).toMatchObject({ isSymbolicLink: true });
    await f.rm('/tmp/a', { recursive: true });
    expect(await f.exists('/tmp/a/b/x')).toBe(false);
  });
});
