// ctr content edit through the node's shell, as a real containerd 1.6.20 answered it
// (tests/oracle/scripts/95-learner-mixed.sh): the editor runs on a temporary copy, its output
// is ctr's, and what the file holds afterwards becomes a new blob.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';
import { RAW_KEYS_PROMPT } from '../../../shell/screen/raw-keys';

const ABC = 'sha256:edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb';
const TTY = { tty: true } as const;

async function withBlob() {
  const s = createSession({ seed: 1 });
  expect((await s.run('echo abc | ctr content ingest x1')).exitCode).toBe(0);
  return s;
}

describe('ctr content edit', () => {
  it('commits what a non-interactive editor leaves in the file and prints its digest', async () => {
    const s = await withBlob();
    const edited = await s.run(`ctr content edit --editor 'echo {} >' ${ABC}`);
    const digest = 'sha256:ca3d163bab055381827226140568f3bef7eaac187cebd76878e0b63e9e442356';
    expect(edited).toEqual({ stdout: `${digest}\n`, stderr: '', exitCode: 0 });
    expect((await s.run(`ctr content get ${digest}`)).stdout).toBe('{}\n');
    // The temporary copy is gone again.
    expect((await s.run('ls /tmp | grep -c edit-')).stdout).toBe('0\n');
  });

  it('prints the editor output first, and refuses an unchanged blob as one that exists', async () => {
    const s = await withBlob();
    expect(await s.run(`ctr content edit --editor cat ${ABC}`)).toEqual({
      stdout: 'abc\n',
      stderr: `ctr: commit failed: blob with expected digest ${ABC} exists: already exists\n`,
      exitCode: 1,
    });
  });

  it('ends with the status of an editor that fails, as urfave prints an exit error', async () => {
    const s = await withBlob();
    expect(await s.run(`ctr content edit --editor false ${ABC}`)).toEqual({ stdout: '', stderr: 'exit status 1\n', exitCode: 1 });
    expect(await s.run(`EDITOR='sh -c "exit 4"' ctr content edit ${ABC}`)).toEqual({ stdout: '', stderr: 'exit status 4\n', exitCode: 4 });
  });

  it('opens vi on the terminal and commits the file once vi exits', async () => {
    const s = await withBlob();
    const opened = await s.run(`ctr content edit --editor vi ${ABC}`, TTY);
    expect(opened.exitCode).toBe(0);
    expect(s.prompt()).toBe(RAW_KEYS_PROMPT);
    await s.run('ddix\x1b', TTY);
    const saved = await s.run(':wq\r', TTY);
    expect(saved.stdout).toMatch(/sha256:[0-9a-f]{64}\n$/);
    expect(saved.exitCode).toBe(0);
    expect(s.prompt()).toBe('root@node1:~# ');
    const written = /sha256:[0-9a-f]{64}/.exec(saved.stdout)?.[0] ?? '';
    expect((await s.run(`ctr content get ${written}`)).stdout).toBe('x\n');
  });

  it('opens nano the same way; leaving it unchanged keeps the blob, which ctr refuses as existing', async () => {
    const s = await withBlob();
    expect((await s.run(`EDITOR=nano ctr content edit ${ABC}`, TTY)).stdout).toContain('[ Read 1 line ]');
    // ^X on an unmodified buffer leaves at once.
    const quit = await s.run('\x18', TTY);
    expect(quit.stderr).toBe(`ctr: commit failed: blob with expected digest ${ABC} exists: already exists\n`);
    expect(quit.exitCode).toBe(1);
    expect(s.prompt()).toBe('root@node1:~# ');
  });

  it('vi without a terminal says so, and ctr ends with its status', async () => {
    const s = await withBlob();
    const piped = await s.run(`ctr content edit --editor vi ${ABC} | cat`);
    expect(piped.stderr).toContain('vi: editing without a terminal is not simulated here');
    expect(piped.stderr).toContain('exit status 1\n');
  });
});
