// The cobra dialect in nerdctl 0.22.2's style. No real nerdctl was run here; the expected texts
// follow containerd/nerdctl@v0.22.2 cmd/nerdctl/main.go:46-66 (mainHelpTemplate: no blank lines
// between sections, "Commands:" only with local flags), spf13/cobra@v1.5.0 command.go (default
// help template "Long or Short, blank line, usage"; `help for <name>` and `version for <name>`
// flags; Traverse for TraverseChildren) and args.go (argument-count wording).

import { describe, expect, it } from 'vitest';
import type { ActionContext, CommandSpec } from '../spec';
import { captureIO, fatalLineMain } from '../test-support';
import { runCobra } from './app';
import { MANAGEMENT, nerdctlStyle } from './nerdctl-style';

type Seen = { ctx?: ActionContext<null> };

function nerdctl(seen: Seen): CommandSpec<null> {
  const record = (c: ActionContext<null>) => void (seen.ctx = c);
  return {
    name: 'nerdctl',
    usage: 'nerdctl is a command line interface for containerd',
    description: 'nerdctl is a command line interface for containerd\n\nConfig file ($NERDCTL_TOML): /etc/nerdctl/nerdctl.toml\n',
    flags: [
      { names: ['debug'], kind: 'bool', usage: 'debug mode', persistent: true },
      {
        names: ['namespace'],
        kind: 'string',
        usage: 'containerd namespace, such as "moby" for Docker, "k8s.io" for Kubernetes [$CONTAINERD_NAMESPACE]',
        value: 'default',
        envVar: 'CONTAINERD_NAMESPACE',
        persistent: true,
      },
      // AddPersistentStringFlag's non-persistent alias: a root-only flag named "n".
      { names: ['n', 'n'], kind: 'string', usage: 'Alias of --namespace', value: 'default', envVar: 'CONTAINERD_NAMESPACE', aliasOf: 'namespace' },
    ],
    subcommands: [
      {
        name: 'namespace',
        aliases: ['ns'],
        usage: 'Manage containerd namespaces',
        category: MANAGEMENT,
        subcommands: [{ name: 'ls', aliases: ['list'], usage: 'List containerd namespaces', argsUsage: '', action: record }],
      },
      {
        name: 'ps',
        usage: 'List containers',
        args: { max: 0 },
        flags: [{ names: ['all', 'a'], kind: 'bool', usage: 'Show all containers (default shows just running)' }],
        action: record,
      },
      { name: 'logs', argsUsage: 'CONTAINER', usage: 'Fetch the logs of a container', args: { min: 1, max: 1 }, action: record },
      { name: 'exec', usage: 'Run a command', flags: [{ names: ['user', 'u'], kind: 'string', usage: 'user', required: true }], action: record },
    ],
    action: (c) => {
      c.io.stdout(c.helpText());
    },
  };
}

async function run(argv: string[], environ: Record<string, string> = {}) {
  const seen: Seen = {};
  const cap = captureIO({ environ });
  const code = await runCobra(nerdctl(seen), argv, cap.io, null, {
    style: nerdctlStyle(),
    version: '0.22.2',
    traverseChildren: true,
    onError: fatalLineMain,
  });
  return { code, out: cap.out(), err: cap.err(), ctx: seen.ctx };
}

const GLOBAL_FLAGS =
  'Global Flags:\n' +
  '      --debug              debug mode\n' +
  '      --namespace string   containerd namespace, such as "moby" for Docker, "k8s.io" for Kubernetes [$CONTAINERD_NAMESPACE] (default "default")\n';

describe('nerdctl style help', () => {
  it('renders the root: Long first, management commands apart, help listed, no blank lines between sections', async () => {
    expect((await run(['--help'])).out).toBe(
      'nerdctl is a command line interface for containerd\n\nConfig file ($NERDCTL_TOML): /etc/nerdctl/nerdctl.toml\n\n' +
        'Usage:\n  nerdctl [flags]\n  nerdctl [command]\n' +
        'Management commands:\n  namespace   Manage containerd namespaces\n' +
        'Commands:\n  exec        Run a command\n  help        Help about any command\n  logs        Fetch the logs of a container\n  ps          List containers\n' +
        'Flags:\n' +
        '      --debug              debug mode\n' +
        '  -h, --help               help for nerdctl\n' +
        '  -n, --n string           Alias of --namespace (default "default")\n' +
        '      --namespace string   containerd namespace, such as "moby" for Docker, "k8s.io" for Kubernetes [$CONTAINERD_NAMESPACE] (default "default")\n' +
        '  -v, --version            version for nerdctl\n' +
        'Use "nerdctl [command] --help" for more information about a command.\n',
    );
  });

  it('renders a leaf with its inherited flags as Global Flags', async () => {
    expect((await run(['ps', '--help'])).out).toBe(
      'List containers\n\nUsage:\n  nerdctl ps [flags]\n' +
        'Commands:\n' +
        'Flags:\n  -a, --all    Show all containers (default shows just running)\n  -h, --help   help for ps\n' +
        GLOBAL_FLAGS,
    );
  });

  it('shows the environment as the default, as nerdctl reads it when declaring its flags', async () => {
    expect((await run(['ps', '--help'], { CONTAINERD_NAMESPACE: 'k8s.io' })).out).toContain('[$CONTAINERD_NAMESPACE] (default "k8s.io")\n');
  });

  it('prints the version', async () => {
    expect((await run(['--version'])).out).toBe('nerdctl version 0.22.2\n');
  });
});

describe('nerdctl style parsing and errors', () => {
  it('takes the root-only -n before the subcommand (TraverseChildren), not after', async () => {
    const before = await run(['-n', 'k8s.io', 'ps']);
    expect([before.ctx?.string('n'), before.ctx?.string('namespace'), before.ctx?.isSet('namespace')]).toEqual(['k8s.io', 'k8s.io', true]);
    const after = await run(['ps', '-n', 'k8s.io']);
    expect(after).toMatchObject({ code: 1, err: "FATA[0000] unknown shorthand flag: 'n' in -n\n" });
  });

  it('keeps a persistent flag given before the subcommand (one variable in cobra)', async () => {
    const r = await run(['--namespace', 'k8s.io', 'logs', 'web']);
    expect(r.ctx?.string('namespace')).toBe('k8s.io');
    expect((await run(['--namespace', 'k8s.io', 'logs', 'web', '--namespace', 'moby'])).ctx?.string('namespace')).toBe('moby');
  });

  it('keeps a parent’s --help apart from the subcommand’s own (two variables in cobra)', async () => {
    const r = await run(['--help', 'logs', 'web']);
    expect([r.out, r.ctx?.args]).toEqual(['', ['web']]);
  });

  it('takes persistent flags after the subcommand, and flags after positionals', async () => {
    const r = await run(['logs', 'web', '--namespace', 'k8s.io', '--debug']);
    expect([r.ctx?.args, r.ctx?.string('namespace'), r.ctx?.bool('debug')]).toEqual([['web'], 'k8s.io', true]);
  });

  it('words argument counts as cobra does', async () => {
    expect((await run(['logs'])).err).toBe('FATA[0000] accepts 1 arg(s), received 0\n');
    expect((await run(['ps', 'x'])).err).toBe('FATA[0000] unknown command "x" for "nerdctl ps"\n');
    expect((await run(['exec'])).err).toBe('FATA[0000] required flag(s) "user" not set\n');
  });

  it('answers an unknown help topic with the root usage on stderr, exit 0', async () => {
    const r = await run(['help', 'nope']);
    expect(r.code).toBe(0);
    expect(r.err.startsWith('Unknown help topic [`nope`]\nUsage:\n  nerdctl [flags]\n')).toBe(true);
  });
});
