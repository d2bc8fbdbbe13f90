// journalctl's options and formats (systemd 252) over the node's journal.

import { describe, expect, it } from 'vitest';
import { appendJournal } from '../../host/journal';
import { createSession } from '../session';

const NOW = Date.UTC(2026, 11, 4, 22, 10, 1);

function session() {
  const s = createSession({ seed: 1, now: () => NOW });
  for (let i = 1; i <= 12; i += 1) appendJournal(s.node, i % 2 ? 'kubelet' : 'containerd', i % 2 ? 'kubelet' : 'containerd', 1234, `line ${i}`);
  return s;
}

describe('journalctl', () => {
  it('prints the short format, filters by unit and keeps the last N lines', async () => {
    const s = session();
    const all = await s.run('journalctl -u kubelet.service --no-pager');
    expect(all.stdout.split('\n')[0]).toBe('Dec 04 22:10:01 node1 kubelet[1234]: line 1');
    expect(all.stdout.trim().split('\n')).toHaveLength(6);
    expect((await s.run('journalctl -u kubelet -n 2')).stdout).toBe('Dec 04 22:10:01 node1 kubelet[1234]: line 9\nDec 04 22:10:01 node1 kubelet[1234]: line 11\n');
    expect((await s.run('journalctl -n3 -r')).stdout.split('\n').map((l) => l.split(': ')[1])).toEqual(['line 12', 'line 11', 'line 10', undefined]);
    expect((await s.run('journalctl --unit=containerd --lines=1')).stdout).toBe('Dec 04 22:10:01 node1 containerd[1234]: line 12\n');
    expect((await s.run('journalctl -xeu kubelet')).stdout.trim().split('\n')).toHaveLength(6);
  });

  it('says there is nothing, and refuses what it does not know as journalctl does', async () => {
    const s = session();
    expect(await s.run('journalctl -u nginx')).toMatchObject({ stdout: '-- No entries --\n', exitCode: 0 });
    expect(await s.run('journalctl -z')).toMatchObject({ stderr: "journalctl: invalid option -- 'z'\n", exitCode: 1 });
    expect(await s.run('journalctl --frobnicate')).toMatchObject({ stderr: "journalctl: unrecognized option '--frobnicate'\n", exitCode: 1 });
    expect(await s.run('journalctl -u')).toMatchObject({ stderr: "journalctl: option requires an argument -- 'u'\n", exitCode: 1 });
    expect(await s.run('journalctl -n abc')).toMatchObject({ exitCode: 1 });
  });

  it('-f prints the last lines, then says following is not simulated where nobody can stop it', async () => {
    const s = session();
    const r = await s.run('journalctl -fu kubelet');
    expect(r.stdout.trim().split('\n')).toHaveLength(6);
    expect(r.stderr).toContain('following the journal is not simulated here');
    expect(r.exitCode).toBe(1);
  });

  it('-f under timeout follows the kubelet as it logs', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    await s.run('systemctl start kubelet');
    const r = await s.run('timeout 3 journalctl -f -n 0 -u kubelet');
    expect(r.exitCode).toBe(124);
    expect(r.stdout).toBe('');
    await s.run('echo "junk: [" > /etc/kubernetes/manifests/bad.yaml');
    const again = await s.run('timeout 2 journalctl -f -n 0 -u kubelet');
    expect(again.stdout).toContain('"Could not process manifest file"');
  });
});

describe('kubelet by hand', () => {
  it('prints its version; running it outside systemd is refused plainly', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    expect(await s.run('kubelet --version')).toMatchObject({ stdout: 'Kubernetes v1.26.15\n', exitCode: 0 });
    expect(await s.run('kubelet --pod-manifest-path=/etc/kubernetes/manifests')).toMatchObject({ exitCode: 1 });
    expect((await s.run('which kubelet journalctl')).exitCode).toBe(0);
  });
});
