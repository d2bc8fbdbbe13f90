// nerdctl 0.22.2's root: --version, help, global flags, PersistentPreRunE's checks, unknown
// words, newClient's socket check and logrus.Fatal for errors. Sources
// (containerd/nerdctl@v0.22.2): cmd/nerdctl/main.go:46-66 (mainHelpTemplate), :124-146 (flags),
// :198-232 (PersistentPreRunE), :300-316 (unknownSubcommandAction); cmd/nerdctl/client.go:34-62.

import { describe, expect, it } from 'vitest';
import { stopUnit } from '../../host/systemd';
import { freshNode, nerdctl } from './nerdctl-test-support';

const time = 'time="2026-05-28T20:26:40Z"';

describe('nerdctl root', () => {
  it('prints its version without the leading v (cobra Version)', async () => {
    expect(await nerdctl(freshNode(), '--version')).toEqual({ stdout: 'nerdctl version 0.22.2\n', stderr: '', exit: 0 });
    expect((await nerdctl(freshNode(), '-v')).stdout).toBe('nerdctl version 0.22.2\n');
  });

  it('prints help with the long description, management commands and the sorted global flags', async () => {
    const { stdout, exit } = await nerdctl(freshNode(), '--help');
    expect(exit).toBe(0);
    expect(stdout.startsWith('nerdctl is a command line interface for containerd\n\nConfig file ($NERDCTL_TOML): /etc/nerdctl/nerdctl.toml\n\nUsage:\n  nerdctl [flags]\n  nerdctl [command]\nManagement commands:\n')).toBe(true);
    expect(stdout).toContain('\n  namespace   Manage containerd namespaces\n');
    expect(stdout).toContain('\n  -n, --n string                 Alias of --namespace (default "default")\n');
    expect(stdout).toContain('\n      --hosts-dir strings        A directory that contains <HOST:PORT>/hosts.toml (containerd style) or <HOST:PORT>/{ca.cert, cert.pem, key.pem} (docker style) (default [/etc/containerd/certs.d,/etc/docker/certs.d])\n');
    expect(stdout.endsWith('Use "nerdctl [command] --help" for more information about a command.\n')).toBe(true);
    // no word at all: the root's RunE prints the same help
    expect((await nerdctl(freshNode(), '')).stdout).toBe(stdout);
  });

  it('fails an unknown word with unknownSubcommandAction, suggestions included', async () => {
    expect(await nerdctl(freshNode(), 'xyzzy')).toEqual({ stdout: '', stderr: `${time} level=fatal msg="unknown subcommand \\"xyzzy\\" for \\"nerdctl\\""\n`, exit: 1 });
    const ns = await nerdctl(freshNode(), 'namespace lss');
    expect(ns.stderr).toBe(`${time} level=fatal msg="unknown subcommand \\"lss\\" for \\"namespace\\"\\n\\nDid you mean this?\\n\\tls\\n"\n`);
    expect(ns.exit).toBe(1);
  });

  it('refuses an address with another scheme and an unknown cgroup manager before running the command', async () => {
    expect((await nerdctl(freshNode(), 'namespace ls --address tcp://x')).stderr).toBe(`${time} level=fatal msg="invalid address \\"tcp://x\\""\n`);
    expect((await nerdctl(freshNode(), '--cgroup-manager foo namespace ls')).stderr).toBe(
      `${time} level=fatal msg="invalid cgroup-manager \\"foo\\" (supported values: \\"systemd\\", \\"cgroupfs\\", \\"none\\")"\n`,
    );
  });

  it('cannot access the socket once containerd is stopped, or at another path', async () => {
    const node = freshNode();
    stopUnit(node, 'containerd');
    const down = await nerdctl(node, 'namespace ls', { tty: true });
    expect(down.exit).toBe(1);
    expect(down.stderr).toBe('\x1b[31mFATA\x1b[0m[0000] cannot access containerd socket "/run/containerd/containerd.sock": no such file or directory \n');
    const other = await nerdctl(freshNode(), '-a /tmp/x.sock namespace ls');
    expect(other.stderr).toContain('cannot access containerd socket \\"/tmp/x.sock\\": no such file or directory');
  });

  it('takes -n and --namespace at the root (TraverseChildren) and $CONTAINERD_NAMESPACE', async () => {
    const node = freshNode();
    await nerdctl(node, 'namespace create a1');
    expect((await nerdctl(node, '-n k8s.io namespace inspect a1')).exit).toBe(0);
    expect((await nerdctl(node, 'namespace ls -q', { environ: { CONTAINERD_NAMESPACE: 'zz' } })).stdout).toContain('a1\n');
  });
});
