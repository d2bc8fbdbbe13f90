// The presets on the real simulator, in-process: what each one's node has and lacks.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../simulator/shell/session';
import { buildPresetSession } from './session-presets';

const NOW = Date.UTC(2026, 11, 5, 8, 0, 0);
const make = (options: Parameters<typeof createSession>[0]) => createSession({ ...options, seed: 5, now: () => NOW });

async function outputs(session: ReturnType<typeof createSession>, lines: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const line of lines) {
    const r = await session.run(line);
    out.push(`${r.exitCode} ${r.stdout}${r.stderr}`);
  }
  return out;
}

// Each test builds real nodes; on a loaded machine the simulator's first import alone can take seconds.
const SLOW = 60_000;

describe('presets', () => {
  it('ready node: today\'s fresh node1, nothing typed', async () => {
    const session = await buildPresetSession(make, 'ready');
    expect(session.history()).toEqual([]);
    expect(await outputs(session, ['nerdctl --version', 'systemctl is-active buildkit'])).toEqual(['0 nerdctl version 0.22.2\n', '0 active\n']);
  }, SLOW);

  it('bare node: containerd only, until the notes install nerdctl and buildkit', async () => {
    const session = await buildPresetSession(make, 'bare');
    expect(session.history()).toEqual([]);
    const out = await outputs(session, ['nerdctl ps', 'buildctl --version', 'systemctl is-active buildkit', 'ls /usr/local/bin | wc -l', 'systemctl is-active containerd', 'ctr ns ls -q']);
    expect(out).toEqual(['127 bash: nerdctl: command not found\n', '127 bash: buildctl: command not found\n', '3 inactive\n', '0 0\n', '0 active\n', '0 ']);
    // Only Debian's containerd and runc (with libc-bin and man-db, which they trigger), and no buildkit unit.
    const packages = await outputs(session, ["dpkg -l | awk 'NR > 5 { print $1, $2 }'", 'systemctl status buildkit']);
    expect(packages).toEqual(['0 ii containerd\nii libc-bin\nii man-db\nii runc\n', '4 Unit buildkit.service could not be found.\n']);
  }, SLOW);

  it('bare node: the nerdctl note\'s install step brings nerdctl back', async () => {
    const session = await buildPresetSession(make, 'bare');
    // The release download the nerdctl note types (content/notes/nerdctl/en.mdx), which the simulator recognises.
    const url = 'https://github.com/containerd/nerdctl/releases/download/v0.22.2/nerdctl-full-0.22.2-linux-amd64.tar.gz';
    const out = await outputs(session, [`wget -q ${url}`, 'tar -xf nerdctl-full-0.22.2-linux-amd64.tar.gz -C /usr/local/', 'nerdctl --version']);
    expect(out).toEqual(['0 ', '0 ', '0 nerdctl version 0.22.2\n']);
  }, SLOW);

  it('bare node: no crictl and no docker, for bash, which, type, command -v, Tab and systemd', async () => {
    const session = await buildPresetSession(make, 'bare');
    const out = await outputs(session, ['crictl ps', 'docker ps', 'which crictl docker', 'type docker', 'command -v crictl', 'systemctl status docker', 'ls /usr/bin/docker /usr/sbin/dockerd']);
    expect(out).toEqual([
      '127 bash: crictl: command not found\n',
      '127 bash: docker: command not found\n',
      '1 ',
      '1 bash: type: docker: not found\n',
      '1 ',
      '4 Unit docker.service could not be found.\n',
      "2 ls: cannot access '/usr/bin/docker': No such file or directory\nls: cannot access '/usr/sbin/dockerd': No such file or directory\n",
    ]);
    expect(await Promise.all([session.complete('cri'), session.complete('dock'), session.complete('ct')])).toEqual([[], [], ['ctr']]);
  }, SLOW);

  it('bare node: the crictl tarball into /usr/local/bin brings crictl back', async () => {
    const session = await buildPresetSession(make, 'bare');
    const url = 'https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.26.0/crictl-v1.26.0-linux-amd64.tar.gz';
    const out = await outputs(session, [`wget -q ${url}`, 'tar zxvf crictl-v1.26.0-linux-amd64.tar.gz -C /usr/local/bin', 'which crictl', 'crictl --version']);
    expect(out).toEqual(['0 ', '0 crictl\n', '0 /usr/local/bin/crictl\n', '0 crictl version v1.26.0\n']);
    expect(await session.complete('cri')).toEqual(['crictl']);
  }, SLOW);

  it('bare node: apt-get install -y docker.io brings docker back, its daemon enabled and running', async () => {
    const session = await buildPresetSession(make, 'bare');
    const install = await session.run('apt-get install -y docker.io');
    expect(install.exitCode).toBe(0);
    expect(install.stdout).toContain('0 upgraded, 40 newly installed, 0 to remove and 0 not upgraded.\n');
    expect(install.stdout).toContain('Setting up docker.io (20.10.24+dfsg1-1+deb12u1+b6) ...\n');
    const out = await outputs(session, ['which docker', 'systemctl is-enabled docker', 'systemctl is-active docker', 'docker ps']);
    expect(out).toEqual(['0 /usr/bin/docker\n', '0 enabled\n', '0 active\n', '0 CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n']);
  }, SLOW);

  it('k8s node: the kubelet running its static pod in k8s.io, crictl configured', async () => {
    const session = await buildPresetSession(make, 'k8s');
    expect(session.history()).toEqual([]);
    const [active, pods, tasks] = await outputs(session, ['systemctl is-active kubelet', 'crictl pods', 'ctr -n k8s.io t ls']);
    expect(active).toBe('0 active\n');
    expect(pods).toMatch(/Ready +web-node1 +default/);
    expect(tasks?.match(/RUNNING/g)).toHaveLength(2);
  }, SLOW);

  it('is never half made: a failing line throws', async () => {
    const broken = (options: Parameters<typeof createSession>[0]) => {
      const s = make(options);
      return Object.assign(s, { run: async () => ({ stdout: '', stderr: 'boom\n', exitCode: 1 }) });
    };
    await expect(buildPresetSession(broken, 'bare')).rejects.toThrow(/preset bare: `systemctl disable --now buildkit` exited 1: boom/);
  }, SLOW);
});
