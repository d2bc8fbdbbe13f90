// The urfave/cli v2 dialect on a crictl-shaped app, its data taken from cri-tools v1.26.0
// (cmd/crictl/main.go, container.go, image.go). No real crictl 1.26 help text was recorded, so
// the expected layouts are read off the sources of the urfave/cli v2.23.7 that crictl vendors
// (kubernetes-sigs/cri-tools@v1.26.0, vendor/github.com/urfave/cli/v2/):
// - template.go:34-58 AppHelpTemplate, :62-77 CommandHelpTemplate, :82-96 SubcommandHelpTemplate;
//   :9-10 visibleCommandTemplate (names padded with spaces to the longest + 2), :21-22
//   visibleFlagTemplate (no trailing "   " line, unlike v1);
// - help.go:364 tabwriter (1, 8, 2, ' '), :271 "No help topic for '%v'" (exit 3);
// - command.go:165 "Incorrect Usage:" (root and commands alike), :175 ShowCommandHelp(parent, name)
//   on a command whose setup (:109) gave it a help subcommand, hence the SubcommandHelpTemplate;
// - flag_bool.go GetDefaultText → "(default: false)"; flag_string.go:34 no default before Apply;
// - parse.go:52 short-option splitting.

import { describe, expect, it } from 'vitest';
import type { ActionContext, CommandSpec } from '../spec';
import { captureIO, fatalLineMain } from '../test-support';
import { runAppV2 } from './app';

type Seen = { ctx?: ActionContext<null> };

function crictl(seen: Seen): CommandSpec<null> {
  const record = (c: ActionContext<null>) => void (seen.ctx = c);
  return {
    name: 'crictl',
    usage: 'client for CRI',
    // main.go sorts these by name before app.Run; help and version come after, unsorted.
    flags: [
      {
        names: ['config', 'c'],
        kind: 'string',
        usage: "Location of the client config file. If not specified and the default does not exist, the program's directory is searched as well",
        value: '/etc/crictl.yaml',
        envVar: 'CRI_CONFIG_FILE',
      },
      { names: ['debug', 'D'], kind: 'bool', usage: 'Enable debug mode' },
      { names: ['image-endpoint', 'i'], kind: 'string', usage: "Endpoint of CRI image manager service (default: uses 'runtime-endpoint' setting)", envVar: 'IMAGE_SERVICE_ENDPOINT' },
      { names: ['timeout', 't'], kind: 'duration', usage: 'Timeout of connecting to the server in seconds (e.g. 2s, 20s.). 0 or less is set to default', value: '2s' },
    ],
    subcommands: [
      {
        name: 'images',
        aliases: ['image', 'img'],
        usage: 'List images',
        argsUsage: '[REPOSITORY[:TAG]]',
        shortOptionHandling: true,
        flags: [
          { names: ['quiet', 'q'], kind: 'bool', usage: 'Only show image IDs' },
          { names: ['verbose', 'v'], kind: 'bool', usage: 'Show verbose info for images' },
        ],
        action: record,
      },
      {
        name: 'ps',
        usage: 'List containers',
        shortOptionHandling: true,
        flags: [
          { names: ['all', 'a'], kind: 'bool', usage: 'Show all containers' },
          { names: ['label'], kind: 'stringSlice', usage: 'Filter by key=value label' },
          { names: ['last', 'n'], kind: 'int', usage: 'Show last n recently created containers (includes all states). Set 0 for unlimited.' },
          { names: ['output', 'o'], kind: 'string', usage: 'Output format, One of: json|yaml|table', value: 'table' },
          { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display container IDs' },
        ],
        action: record,
      },
      {
        name: 'rm',
        usage: 'Remove one or more containers',
        argsUsage: 'CONTAINER-ID [CONTAINER-ID...]',
        shortOptionHandling: true,
        flags: [
          { names: ['all', 'a'], kind: 'bool', usage: 'Remove all containers' },
          { names: ['force', 'f'], kind: 'bool', usage: 'Force removal of the container, disregarding if running' },
        ],
        action: (c) => {
          record(c);
          if (c.args.length === 0) c.io.stdout(c.helpText());
        },
      },
    ],
  };
}

async function run(argv: string[]) {
  const seen: Seen = {};
  const cap = captureIO();
  const code = await runAppV2(crictl(seen), argv, cap.io, null, {
    version: 'v1.26.0',
    onError: fatalLineMain,
  });
  return { code, out: cap.out(), err: cap.err(), ctx: seen.ctx };
}

const APP_HELP =
  'NAME:\n   crictl - client for CRI\n\n' +
  'USAGE:\n   crictl [global options] command [command options] [arguments...]\n\n' +
  'VERSION:\n   v1.26.0\n\n' +
  'COMMANDS:\n' +
  '   images, image, img  List images\n' +
  '   ps                  List containers\n' +
  '   rm                  Remove one or more containers\n' +
  '   help, h             Shows a list of commands or help for one command\n\n' +
  'GLOBAL OPTIONS:\n' +
  "   --config value, -c value          Location of the client config file. If not specified and the default does not exist, the program's directory is searched as well (default: \"/etc/crictl.yaml\") [$CRI_CONFIG_FILE]\n" +
  '   --debug, -D                       Enable debug mode (default: false)\n' +
  "   --image-endpoint value, -i value  Endpoint of CRI image manager service (default: uses 'runtime-endpoint' setting) [$IMAGE_SERVICE_ENDPOINT]\n" +
  '   --timeout value, -t value         Timeout of connecting to the server in seconds (e.g. 2s, 20s.). 0 or less is set to default (default: 2s)\n' +
  '   --help, -h                        show help (default: false)\n' +
  '   --version, -v                     print the version (default: false)\n';

const PS_OPTIONS =
  'OPTIONS:\n' +
  '   --all, -a                        Show all containers (default: false)\n' +
  '   --label value [ --label value ]  Filter by key=value label\n' +
  '   --last value, -n value           Show last n recently created containers (includes all states). Set 0 for unlimited. (default: 0)\n' +
  '   --output value, -o value         Output format, One of: json|yaml|table (default: "table")\n' +
  '   --quiet, -q                      Only display container IDs (default: false)\n' +
  '   --help, -h                       show help (default: false)\n';

describe('urfave v2 help layouts', () => {
  it('renders the app template for no arguments, --help, -h, help and h', async () => {
    for (const argv of [[], ['--help'], ['-h'], ['help'], ['h']]) expect((await run(argv)).out).toBe(APP_HELP);
  });

  it('renders a command with the CommandHelpTemplate for --help and `<cmd> help`', async () => {
    const expected = 'NAME:\n   crictl ps - List containers\n\nUSAGE:\n   crictl ps [command options] [arguments...]\n\n' + PS_OPTIONS;
    expect((await run(['ps', '--help'])).out).toBe(expected);
    expect((await run(['ps', 'help'])).out).toBe(expected);
  });

  it('shows zero defaults for `help <cmd>`, whose flags were never applied', async () => {
    const r = await run(['help', 'ps']);
    expect(r.out).toContain(`   ${'--output value, -o value'.padEnd(33)}Output format, One of: json|yaml|table\n`);
    expect(r.out).toContain('(includes all states). Set 0 for unlimited. (default: 0)\n');
  });

  it('prints the SubcommandHelpTemplate, help command included, from an action (cli.ShowSubcommandHelp)', async () => {
    expect((await run(['rm'])).out).toBe(
      'NAME:\n   crictl rm - Remove one or more containers\n\n' +
        'USAGE:\n   crictl rm command [command options] CONTAINER-ID [CONTAINER-ID...]\n\n' +
        'COMMANDS:\n   help, h  Shows a list of commands or help for one command\n\n' +
        'OPTIONS:\n' +
        '   --all, -a    Remove all containers (default: false)\n' +
        '   --force, -f  Force removal of the container, disregarding if running (default: false)\n' +
        '   --help, -h   show help (default: false)\n',
    );
  });

  it('prints the version', async () => {
    expect((await run(['--version'])).out).toBe('crictl version v1.26.0\n');
  });
});

describe('urfave v2 errors', () => {
  it('prints `Incorrect Usage:` and the command’s subcommand help, the error through main', async () => {
    const r = await run(['rm', '--bogus']);
    expect(r.code).toBe(1);
    expect(r.out.startsWith('Incorrect Usage: flag provided but not defined: -bogus\n\nNAME:\n   crictl rm - Remove one or more containers\n\nUSAGE:\n   crictl rm command [command options]')).toBe(true);
    expect(r.err).toBe('FATA[0000] flag provided but not defined: -bogus\n');
  });

  it('uses the same words at the root, with the app help', async () => {
    const r = await run(['--bogus']);
    expect(r.out).toBe(`Incorrect Usage: flag provided but not defined: -bogus\n\n${APP_HELP}`);
  });

  it('answers an unknown command or help topic with exit 3', async () => {
    expect(await run(['foo'])).toMatchObject({ code: 3, out: '', err: "No help topic for 'foo'\n" });
    expect(await run(['help', 'foo'])).toMatchObject({ code: 3, err: "No help topic for 'foo'\n" });
  });
});

describe('urfave v2 flag rules', () => {
  it('stops at the first positional: no reordering as in v1', async () => {
    const r = await run(['rm', 'abc', '-f']);
    expect(r.ctx?.args).toEqual(['abc', '-f']);
    expect(r.ctx?.bool('force')).toBe(false);
  });

  it('splits grouped short options of commands that allow it', async () => {
    const r = await run(['ps', '-aq', '-n', '3']);
    expect([r.ctx?.bool('all'), r.ctx?.bool('quiet'), r.ctx?.int('last')]).toEqual([true, true, 3]);
  });

  it('keeps the values set before a split argument (Go’s FlagSet keeps them across Parse calls)', async () => {
    const r = await run(['ps', '-n', '3', '-aq']);
    expect([r.ctx?.bool('all'), r.ctx?.int('last')]).toEqual([true, 3]);
  });

  it('splits slice values on commas and reads global flags from a command', async () => {
    const r = await run(['-D', 'ps', '--label', 'a=1,b=2', '--label', 'c=3']);
    expect(r.ctx?.stringSlice('label')).toEqual(['a=1', 'b=2', 'c=3']);
    expect(r.ctx?.bool('debug')).toBe(true);
    expect(r.ctx?.duration('timeout')).toBe(2000);
  });
});
