// The study notes' nerdctl install block (source/study-notes.zh.txt, "安装 nerdctl" through
// "设置nerdctl自动补全"), line by line, on one node: the plain tarball (wget, tar -xf, ls -l, cp),
// the full one (wget, tar into /usr/local, the unit files, systemctl), BuildKit v0.10.4 with the
// units the notes write, and bash completion. The tarballs are the real releases' member lists
// and sizes (host/releases); node1 already has the full bundle, as the notes' readers do.

import { describe, expect, it } from 'vitest';
import { createSession, type LineResult } from '../../simulator/index';

const NERDCTL = 'https://github.com/containerd/nerdctl/releases/download/v0.22.2';
const BUILDKIT = 'https://github.com/moby/buildkit/releases/download/v0.10.4/buildkit-v0.10.4.linux-amd64.tar.gz';

const SOCKET_UNIT = `cat > /etc/systemd/system/buildkit.socket <<EOF
[Unit]
Description=BuildKit
Documentation=https://github.com/moby/buildkit
[Socket]
ListenStream=%t/buildkit/buildkitd.sock
SocketMode=0660
[Install]
WantedBy=sockets.target
EOF`;

const SERVICE_UNIT = `cat > /etc/systemd/system/buildkit.service << EOF
[Unit]
Description=BuildKit
Requires=buildkit.socket
After=buildkit.socket
Documentation=https://github.com/moby/buildkit
[Service]
# Replace runc builds with containerd builds
ExecStart=/usr/local/bin/buildkitd --addr fd://
[Install]
WantedBy=multi-user.target
EOF`;

function clean(r: LineResult): string {
  const all = r.stdout + r.stderr;
  expect(all).not.toMatch(/internal simulator error|not simulated here|command not found/);
  return all;
}

describe('the study notes, installing nerdctl and buildkit', () => {
  const session = createSession({ seed: 7, now: () => Date.UTC(2026, 10, 28, 6, 0, 0) });
  const run = async (line: string, code = 0): Promise<LineResult> => {
    const r = await session.run(line);
    expect(r.exitCode, clean(r)).toBe(code);
    return r;
  };

  it('works in a directory of its own', async () => {
    await run('mkdir -p /root/nerdctl && cd /root/nerdctl');
  });

  it('$ wget nerdctl-0.22.2-linux-amd64.tar.gz saves the whole 10685899 bytes', async () => {
    const r = await run(`wget ${NERDCTL}/nerdctl-0.22.2-linux-amd64.tar.gz`);
    expect(r.stderr).toContain('Length: 10685899 (10M) [application/octet-stream]\n');
    expect(r.stderr).toContain("‘nerdctl-0.22.2-linux-amd64.tar.gz’ saved [10685899/10685899]\n");
  });

  it('$ tar -xf nerdctl-0.22.2-linux-amd64.tar.gz, then ls -l shows the notes\' listing', async () => {
    expect((await run('tar -xf nerdctl-0.22.2-linux-amd64.tar.gz')).stdout).toBe('');
    const ls = (await run('ls -l')).stdout.split('\n');
    expect(ls[0]).toBe('total 37624');
    expect(ls.slice(1, 4)).toEqual([
      '-rwxr-xr-x 1 root root    21562 Aug  1  2022 containerd-rootless-setuptool.sh',
      '-rwxr-xr-x 1 root root     7032 Aug  1  2022 containerd-rootless.sh',
      '-rwxr-xr-x 1 root root 27807744 Aug  1  2022 nerdctl',
    ]);
    expect(ls[4]).toMatch(/^-rw-r--r-- 1 root root 10685899 \w{3} [ \d]\d +[\d:]+ nerdctl-0\.22\.2-linux-amd64\.tar\.gz$/);
  });

  it('$ tar -tzvf lists the release\'s members as they are', async () => {
    expect((await run('tar -tzvf nerdctl-0.22.2-linux-amd64.tar.gz')).stdout).toBe(
      '-rwxr-xr-x root/root  27807744 2022-08-01 16:59 nerdctl\n' +
        '-rwxr-xr-x root/root     21562 2022-08-01 16:59 containerd-rootless-setuptool.sh\n' +
        '-rwxr-xr-x root/root      7032 2022-08-01 16:59 containerd-rootless.sh\n',
    );
  });

  it('$ cp nerdctl /usr/local/bin/ — and nerdctl runs from there', async () => {
    await run('cp nerdctl /usr/local/bin/');
    expect((await run('which nerdctl')).stdout).toBe('/usr/local/bin/nerdctl\n');
    expect((await run('nerdctl --version')).stdout).toBe('nerdctl version 0.22.2\n');
  });

  it('$ wget nerdctl-full-0.22.2-linux-amd64.tar.gz', async () => {
    const r = await run(`wget ${NERDCTL}/nerdctl-full-0.22.2-linux-amd64.tar.gz`);
    expect(r.stderr).toContain("‘nerdctl-full-0.22.2-linux-amd64.tar.gz’ saved [");
  });

  it('$ tar -xf nerdctl-full-0.22.2-linux-amd64.tar.gz -C /usr/local/ gives bin, lib, libexec, share', async () => {
    await run('tar -xf nerdctl-full-0.22.2-linux-amd64.tar.gz -C /usr/local/');
    expect((await run('ls /usr/local')).stdout.split('\n').filter(Boolean)).toEqual(expect.arrayContaining(['bin', 'lib', 'libexec', 'share']));
    expect((await run('ls /usr/local/lib/systemd/system')).stdout).toBe('buildkit.service\ncontainerd.service\nstargz-snapshotter.service\n');
    expect((await run('ls /usr/local/libexec/cni')).stdout).toContain('bridge\n');
    const vv = await run('tar Cxzvvf /usr/local nerdctl-full-0.22.2-linux-amd64.tar.gz');
    expect(vv.stdout.split('\n')[0]).toBe('drwxr-xr-x 0/0               0 2022-08-01 16:59 bin/');
    expect(vv.stdout).toMatch(/^-rwxr-xr-x 0\/0 +27807744 2022-08-01 16:59 bin\/nerdctl$/m);
  });

  it('$ cp /usr/local/lib/systemd/system/*.service /etc/systemd/system/', async () => {
    await run('cp /usr/local/lib/systemd/system/*.service /etc/systemd/system/');
    expect((await run('cat /etc/systemd/system/buildkit.service')).stdout).toContain('ExecStart=/usr/local/bin/buildkitd\n');
  });

  it('$ systemctl enable buildkit containerd --now; systemctl status buildkit containerd', async () => {
    await run('systemctl enable buildkit containerd --now');
    const status = await run('systemctl status buildkit containerd');
    expect(status.stdout).toMatch(/^● buildkit\.service/);
    expect(status.stdout).toContain('● containerd.service - containerd container runtime\n');
    expect(status.stdout.match(/Active: active \(running\)/g)).toHaveLength(2);
  });

  it('$ wget buildkit-v0.10.4.linux-amd64.tar.gz; tar -xf … -C /usr/local/ puts buildctl and buildkitd in bin', async () => {
    await run(`wget ${BUILDKIT}`);
    await run('tar -xf buildkit-v0.10.4.linux-amd64.tar.gz -C /usr/local/');
    expect((await run('ls -l /usr/local/bin/buildctl /usr/local/bin/buildkitd')).stdout).toMatch(/^-rwxr-xr-x 1 root root 21610496 Aug 22  2022 \/usr\/local\/bin\/buildctl\n/);
  });

  it('writes buildkit.socket and buildkit.service with heredocs, reloads and starts buildkit', async () => {
    await run(SOCKET_UNIT);
    await run(SERVICE_UNIT);
    expect((await run('cat /etc/systemd/system/buildkit.socket')).stdout).toBe(
      '[Unit]\nDescription=BuildKit\nDocumentation=https://github.com/moby/buildkit\n[Socket]\nListenStream=%t/buildkit/buildkitd.sock\nSocketMode=0660\n[Install]\nWantedBy=sockets.target\n',
    );
    await run('systemctl daemon-reload');
    await run('systemctl enable buildkit --now');
    expect((await run('systemctl is-active buildkit')).stdout).toBe('active\n');
  });

  it('nerdctl version names buildctl v0.10.4 and the node containerd', async () => {
    const r = await run('nerdctl version');
    expect(r.stdout).toContain(' buildctl:\n  Version:\tv0.10.4\n  GitCommit:\ta2ba6869363812a210fcc3ded6926757ab780b5f\n');
    expect(r.stdout).toContain('\nServer:\n containerd:\n  Version:\t1.6.20~ds1\n');
  });

  it('sets up completion: source <(nerdctl completion bash) in /etc/profile, then source /etc/profile', async () => {
    await run("echo 'source <(nerdctl completion bash)' >> /etc/profile");
    expect(await run('source <(nerdctl completion bash)')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await run('source /etc/profile; type -t __start_nerdctl')).stdout).toBe('function\n');
  });
});
