import { describe, expect, it } from 'vitest';
import { writeTar } from '../host/tar';
import { textToBinary, writeFile } from '../host/vfs';
import { writeBlob } from '../containerd/content/content-store';
import { digestText } from '../oci/digest';
import { syntaxErrorMessage } from './line-analysis';
import { createSession } from './session';

const NOW = Date.UTC(2026, 10, 28, 6, 12, 0);
const JUNE_2023 = Date.UTC(2023, 5, 1) / 1000;

function session() {
  return createSession({ seed: 3, now: () => NOW });
}

describe('bytes through pipes', () => {
  it('sends text as UTF-8 and bytes unchanged, and shows both as text on the terminal', async () => {
    const s = session();
    const text = '{"note":"500µs 中文"}';
    writeBlob(s.node, 'default', { digest: digestText(text), size: 24, mediaType: 'application/json', data: text });
    writeFile(s.node.state.host.files, '/root/t.tar', writeTar([{ name: 'notes', kind: 'file', mode: 0o644, content: textToBinary('中文\n') }]));
    expect((await s.run(`ctr content get ${digestText(text)}`)).stdout).toBe(text);
    expect((await s.run(`ctr content get ${digestText(text)} | wc -c`)).stdout).toBe('24\n');
    expect((await s.run('tar xOf t.tar notes')).stdout).toBe('中文\n');
    expect((await s.run('tar xOf t.tar notes | wc -c')).stdout).toBe('7\n');
  });

  it('keeps a binary tar member byte-exact through a pipe and a redirection', async () => {
    const s = session();
    const blob = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('');
    writeFile(s.node.state.host.files, '/root/b.tar', writeTar([{ name: 'blob', kind: 'file', mode: 0o644, content: blob }]));
    expect((await s.run('tar xOf b.tar blob | wc -c')).stdout).toBe('256\n');
    await s.run('tar xOf b.tar blob > out.bin');
    expect(s.node.state.host.files['/root/out.bin']?.content).toBe(blob);
    expect((await s.run('echo 中文 | wc -c')).stdout).toBe('7\n');
  });
});

describe('tar', () => {
  it('lists verbosely as GNU tar does', async () => {
    const s = session();
    const archive = writeTar([
      { name: './', kind: 'dir', mode: 0o755, mtime: JUNE_2023 },
      { name: './bin/sh', kind: 'symlink', linkname: 'busybox', mode: 0o777, mtime: JUNE_2023 },
      { name: './index.json', kind: 'file', mode: 0o644, content: 'x'.repeat(1234), mtime: JUNE_2023 },
    ]);
    writeFile(s.node.state.host.files, '/root/x.tar', archive);
    expect((await s.run('tar tvf x.tar')).stdout).toBe(
      'drwxr-xr-x 0/0               0 2023-06-01 00:00 ./\n' +
        'lrwxrwxrwx 0/0               0 2023-06-01 00:00 ./bin/sh -> busybox\n' +
        '-rw-r--r-- 0/0            1234 2023-06-01 00:00 ./index.json\n',
    );
    expect(await s.run('tar xf nothere.tar')).toEqual({
      stdout: '',
      stderr: 'tar: nothere.tar: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n',
      exitCode: 2,
    });
    expect((await s.run('tar tf x.tar nothere')).stderr).toBe(
      'tar: nothere: Not found in archive\ntar: Exiting with failure status due to previous errors\n',
    );
  });
});

describe('ls', () => {
  it('words a missing path as GNU ls and exits 2', async () => {
    expect(await session().run('ls /x')).toEqual({
      stdout: '',
      stderr: "ls: cannot access '/x': No such file or directory\n",
      exitCode: 2,
    });
  });

  it('prints the long format with total, link counts and old dates with the year', async () => {
    const s = session();
    await s.run('mkdir -p d/sub && echo hi > d/a && touch -d "2023-06-01 00:00" d/a d/sub');
    expect((await s.run('ls -l d')).stdout).toBe(
      'total 8\n-rw-r--r-- 1 root root    3 Jun  1  2023 a\ndrwxr-xr-x 2 root root 4096 Jun  1  2023 sub\n',
    );
    expect((await s.run('ls -ld d')).stdout).toBe('drwxr-xr-x 3 root root 4096 Nov 28 06:12 d\n');
  });

  it('prints columns on a terminal and one name a line in a pipe', async () => {
    const s = session();
    await s.run('mkdir -p d && touch d/alpha d/beta d/gamma');
    expect((await s.run('ls d', { tty: true })).stdout).toBe('alpha  beta  gamma\n');
    expect((await s.run('ls d | cat')).stdout).toBe('alpha\nbeta\ngamma\n');
  });
});

describe('bash wording', () => {
  it('reports syntax errors as an interactive bash', async () => {
    expect(syntaxErrorMessage('echo ok')).toBeUndefined();
    expect(await session().run('echo "unterminated')).toEqual({
      stdout: '',
      stderr: "bash: unexpected EOF while looking for matching `\"'\n",
      exitCode: 2,
    });
    expect(syntaxErrorMessage('fi')).toBe("bash: syntax error near unexpected token `fi'\n");
  });

  it('reports a command not found, cd and redirection failures', async () => {
    const s = session();
    expect(await s.run('foo')).toEqual({ stdout: '', stderr: 'bash: foo: command not found\n', exitCode: 127 });
    expect((await s.run('cd /x')).stderr).toBe('bash: cd: /x: No such file or directory\n');
    expect(await s.run('echo hi > nodir/x')).toEqual({ stdout: '', stderr: 'bash: nodir/x: No such file or directory\n', exitCode: 1 });
    expect((await s.run('echo $?')).stdout).toBe('1\n');
    expect((await s.run('mkdir /root')).stderr).toBe('mkdir: cannot create directory ‘/root’: File exists\n');
  });

  it('writes a heredoc', async () => {
    const s = session();
    await s.run('cat > /root/n.txt <<EOF\n第一行\nline $HOME\nEOF');
    expect((await s.run('cat /root/n.txt')).stdout).toBe('第一行\nline /root\n');
  });
});
