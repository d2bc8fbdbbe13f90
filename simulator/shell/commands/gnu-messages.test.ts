import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

const NOW = Date.UTC(2026, 10, 28, 6, 12, 0);

describe('sha256sum', () => {
  it('hashes files and stdin as coreutils prints them (digests of this very text on a real node)', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    await s.run("printf 'line one\\n' > f.txt");
    const line = '31f21b1dae81d3f32f40e38134bc688e6f7df4f08dde1d7d2cda3c4b59104e1c';
    expect((await s.run("printf 'abc' | sha256sum")).stdout).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  -\n');
    expect((await s.run('sha256sum f.txt - < f.txt')).stdout).toBe(`${line}  f.txt\n${line}  -\n`);
    expect((await s.run('sha256sum /root/f.txt')).stdout).toBe(`${line}  /root/f.txt\n`);
  });

  it('leaves errors and options to the shell library’s sha256sum', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    await s.run("printf 'line one\\n' > f.txt");
    const missing = await s.run('sha256sum f.txt nothere');
    expect(missing).toMatchObject({ stderr: 'sha256sum: nothere: No such file or directory\n', exitCode: 1 });
    expect(missing.stdout).toContain('  f.txt\n');
    const check = await s.run('sha256sum f.txt > sums && sha256sum -c sums');
    expect(check).toMatchObject({ stdout: 'f.txt: OK\n', exitCode: 0 });
  });
});
