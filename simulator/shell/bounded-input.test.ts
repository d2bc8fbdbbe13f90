// What keeps a node's save bounded from the shell's side: a typed line over the limit is
// refused and never reaches history (every later save would carry it), and a file over the
// node's cap fails to write as on a full disk, never cut short.

import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, VfsError, writeFile } from '../host/vfs';
import { createSession } from './session';
import { MAX_LINE_CHARS } from './saved-session';

const NOW = Date.UTC(2026, 10, 28, 5, 14, 0);

describe('typed lines over the limit', () => {
  it('refuses a 6 MB line with a message, a nonzero status, and no trace in history', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    await s.run('echo before');
    const line = `touch /root/ran; echo ${'a'.repeat(6_000_000)}`;
    const r = await s.run(line);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`bash: line too long: ${line.length} characters, at most 65536 are taken; put long text in a file\n`);
    expect(s.history()).toEqual(['echo before']);
    expect((await s.run('echo $?; test -e /root/ran || echo not-run')).stdout).toBe('2\nnot-run\n');
    // The next save is as small as the node, and restores.
    const saved = JSON.parse(JSON.stringify(s.save())) as { history: string[] };
    expect(saved.history).toEqual(['echo before', 'echo $?; test -e /root/ran || echo not-run']);
    expect(JSON.stringify(saved).length).toBeLessThan(1_000_000);
    expect(createSession({ now: () => NOW, saved, rejectDamagedSave: true }).history()).toHaveLength(2);
  });

  it('takes a line of exactly the limit', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    const line = `: ${'a'.repeat(MAX_LINE_CHARS - 2)}`;
    expect((await s.run(line)).exitCode).toBe(0);
    expect(s.history()).toEqual([line]);
  });

  it('keeps the newest history lines within 256 KiB in a save', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    for (let i = 0; i < 6; i++) await s.run(`: ${i} ${'a'.repeat(MAX_LINE_CHARS - 10)}`);
    expect(s.history()).toHaveLength(6);
    const history = s.save().history;
    expect(history).toHaveLength(4);
    expect(history[0]?.startsWith(': 2 ')).toBe(true);
  });
});

describe('files over the cap', () => {
  it('fail to write with ENOSPC, leaving nothing half-written', () => {
    const files = { '/': { kind: 'dir' as const, mode: 0o755, mtimeMs: 0 }, '/root': { kind: 'dir' as const, mode: 0o700, mtimeMs: 0 } };
    writeFile(files, '/root/max', 'x'.repeat(MAX_FILE_BYTES));
    expect(() => writeFile(files, '/root/x', 'x'.repeat(MAX_FILE_BYTES + 1))).toThrow(new VfsError('ENOSPC', 'write', '/root/x'));
    expect(() => writeFile(files, '/root/x', 'x'.repeat(MAX_FILE_BYTES + 1))).toThrow('write /root/x: no space left on device');
    expect(Object.keys(files)).toEqual(['/', '/root', '/root/max']);
  });

  it('say so in the shell as bash does for a full disk', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    await s.run("printf '%*s' 1048576 x > /root/a");
    const r = await s.run('cat a a a a a a a a a > /root/big');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('bash: big: No space left on device\n');
    const appended = await s.run('cat a a a a a a a a >> a');
    expect(appended.stderr).toBe('bash: a: No space left on device\n');
    // As in bash, the redirection made `big` before the write failed; `a` is as it was.
    expect((await s.run('ls; wc -c < big; wc -c < a')).stdout).toBe('a\nbig\n0\n1048576\n');
  });
});
