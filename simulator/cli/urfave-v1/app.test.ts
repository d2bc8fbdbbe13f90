import { describe, expect, it } from 'vitest';
import { runApp } from './app';
import { UsageError } from '../urfave-exit';
import type { ActionContext, CommandSpec } from '../spec';
import { captureIO } from '../test-support';

type Seen = { ctx?: ActionContext<null> };

function fixture(seen: Seen): CommandSpec<null> {
  const record = (c: ActionContext<null>) => {
    seen.ctx = c;
  };
  return {
    name: 'tool',
    usage: 'a test tool',
    flags: [
      { names: ['namespace', 'n'], kind: 'string', usage: 'namespace to use', value: 'default', envVar: 'TOOL_NS' },
      { names: ['timeout'], kind: 'duration', usage: 'total timeout', value: '0s' },
    ],
    subcommands: [
      {
        name: 'things',
        aliases: ['t'],
        usage: 'manage things',
        subcommands: [
          {
            name: 'create',
            aliases: ['c'],
            usage: 'create a thing',
            argsUsage: '[flags] NAME [ARG...]',
            flags: [
              { names: ['config', 'c'], kind: 'string', usage: 'path to a config' },
              { names: ['label'], kind: 'stringSlice', usage: 'labels' },
              { names: ['tty', 't'], kind: 'bool', usage: 'allocate a tty' },
            ],
            action: record,
          },
          {
            name: 'run',
            usage: 'run a thing',
            skipArgReorder: true,
            flags: [{ names: ['rm'], kind: 'bool', usage: 'remove after' }],
            action: record,
          },
          {
            name: 'exec',
            usage: 'exec in a thing',
            flags: [{ names: ['exec-id'], kind: 'string', usage: 'exec id', required: true }],
            action: record,
          },
          { name: 'fail', usage: 'always fails', action: () => { throw new UsageError('boom'); } },
          { name: 'code', usage: 'returns 7', action: () => 7 },
        ],
      },
    ],
  };
}

async function run(argv: string[], environ: Record<string, string> = {}) {
  const seen: Seen = {};
  const cap = captureIO({ environ });
  const errors: unknown[] = [];
  const code = await runApp(fixture(seen), argv, cap.io, null, {
    version: '1.0',
    onError: (e, io) => {
      errors.push(e);
      io.stderr(`tool: ${(e as Error).message}\n`);
      return 1;
    },
  });
  return { code, out: cap.out(), err: cap.err(), ctx: seen.ctx, errors };
}

describe('runApp dispatch', () => {
  it('runs a leaf through group aliases with global and local flags', async () => {
    const r = await run(['-n', 'k8s.io', 't', 'c', '--label', 'a=1', '--label=b=2', 'x', 'y']);
    expect(r.code).toBe(0);
    expect(r.ctx?.args).toEqual(['x', 'y']);
    expect(r.ctx?.string('namespace')).toBe('k8s.io');
    expect(r.ctx?.stringSlice('label')).toEqual(['a=1', 'b=2']);
    expect(r.ctx?.path).toEqual(['tool', 'things', 'create']);
  });

  it('moves known flags before positionals for ordinary leaves (urfave reorderArgs)', async () => {
    const r = await run(['things', 'create', 'img', 'id', 'sh', '-c', 'echo hi']);
    expect(r.ctx?.string('config')).toBe('echo hi');
    expect(r.ctx?.args).toEqual(['img', 'id', 'sh']);
  });

  it('stops at the first positional when the command skips reordering', async () => {
    const r = await run(['things', 'run', 'img', 'id', 'sh', '--rm', '--', 'x']);
    expect(r.ctx?.bool('rm')).toBe(false);
    expect(r.ctx?.args).toEqual(['img', 'id', 'sh', '--rm', '--', 'x']);
  });

  it('ends flags at --', async () => {
    const r = await run(['things', 'create', '--', '-t', 'x']);
    expect(r.ctx?.bool('tty')).toBe(false);
    expect(r.ctx?.args).toEqual(['-t', 'x']);
  });

  it('reads a flag from its environment variable, the command line winning', async () => {
    expect((await run(['things', 'create', 'x'], { TOOL_NS: 'env-ns' })).ctx?.string('namespace')).toBe('env-ns');
    expect((await run(['-n', 'cli', 'things', 'create', 'x'], { TOOL_NS: 'env-ns' })).ctx?.string('namespace')).toBe('cli');
  });

  it('gives durations in milliseconds and bools with =value', async () => {
    const r = await run(['--timeout', '1m30s', 'things', 'create', '-t=false', 'x']);
    expect(r.ctx?.duration('timeout')).toBe(90_000);
    expect(r.ctx?.bool('tty')).toBe(false);
    expect(r.ctx?.isSet('tty')).toBe(true);
  });

  it('passes an action’s exit code through', async () => {
    expect((await run(['things', 'code'])).code).toBe(7);
  });

  it('hands errors to the tool’s main', async () => {
    const r = await run(['things', 'fail']);
    expect(r.code).toBe(1);
    expect(r.errors[0]).toBeInstanceOf(UsageError);
    expect(r.err).toBe('tool: boom\n');
  });
});

describe('runApp usage errors', () => {
  it('prints Incorrect Usage and the command help on stdout, the error through main', async () => {
    const r = await run(['things', 'create', '--bogus', 'x']);
    expect(r.code).toBe(1);
    expect(r.out.startsWith('Incorrect Usage: flag provided but not defined: -bogus\n\nNAME:\n   tool things create - create a thing\n')).toBe(true);
    expect(r.err).toBe('tool: flag provided but not defined: -bogus\n');
  });

  it('refuses two names of one flag on a line, as normalizeFlags does; the same name twice is fine', async () => {
    const leaf = await run(['things', 'create', '-c', 'a', '--config', 'b', 'x']);
    expect(leaf.out.startsWith('Incorrect Usage: Cannot use two forms of the same flag: c config\n\nNAME:\n   tool things create')).toBe(true);
    expect([leaf.err, leaf.code]).toEqual(['tool: Cannot use two forms of the same flag: c config\n', 1]);
    const root = await run(['--namespace', 'x', '-n', 'y', 'things', 'create', 'x']);
    expect(root.out.startsWith('Cannot use two forms of the same flag: n namespace\nNAME:\n   tool - a test tool\n')).toBe(true);
    expect(root.err).toBe('tool: Cannot use two forms of the same flag: n namespace\n');
    const twice = await run(['-n', 'a', '-n', 'b', 'things', 'create', '--label', 'a', '--label=b', '-t', '-t', 'x']);
    expect(twice.errors).toEqual([]);
    expect([twice.ctx?.string('namespace'), twice.ctx?.stringSlice('label')]).toEqual(['b', ['a', 'b']]);
  });

  it('uses "Incorrect Usage." for app-level flags', async () => {
    const r = await run(['--bogus']);
    expect(r.out.startsWith('Incorrect Usage. flag provided but not defined: -bogus\n\nNAME:\n   tool - a test tool\n')).toBe(true);
    expect(r.err).toBe('tool: flag provided but not defined: -bogus\n');
  });

  it('words missing values like Go’s flag package', async () => {
    expect((await run(['things', 'create', '--config'])).err).toBe('tool: flag needs an argument: -config\n');
    expect((await run(['--timeout', 'soon'])).err).toBe('tool: invalid value "soon" for flag -timeout: parse error\n');
  });

  it('prints help then the required-flag error', async () => {
    const r = await run(['things', 'exec', 'x']);
    expect(r.code).toBe(1);
    expect(r.out.startsWith('NAME:\n   tool things exec - exec in a thing\n')).toBe(true);
    expect(r.err).toBe('tool: Required flag "exec-id" not set\n');
  });

  it('answers an unknown command or topic with exit 3 on stderr', async () => {
    expect(await run(['foo'])).toMatchObject({ code: 3, out: '', err: "No help topic for 'foo'\n" });
    expect(await run(['things', 'nope'])).toMatchObject({ code: 3, err: "No help topic for 'nope'\n" });
    expect(await run(['help', 'nope'])).toMatchObject({ code: 3, err: "No help topic for 'nope'\n" });
  });
});

describe('runApp help', () => {
  it('prints a group’s help when it gets no subcommand', async () => {
    const r = await run(['things']);
    expect(r.code).toBe(0);
    expect(r.out).toBe((await run(['things', '--help'])).out);
    expect(r.out.startsWith('NAME:\n   tool things - manage things\n\nUSAGE:\n   tool things command [command options] [arguments...]\n')).toBe(true);
  });

  it('prints the app help for no arguments, --help, -h and help', async () => {
    const base = (await run([])).out;
    expect(base.startsWith('NAME:\n   tool - a test tool\n\nUSAGE:\n   tool [global options] command [command options] [arguments...]\n\nVERSION:\n   1.0\n')).toBe(true);
    for (const argv of [['--help'], ['-h'], ['help'], ['h']]) expect((await run(argv)).out).toBe(base);
  });

  it('prints the command template for `help <group>`', async () => {
    expect((await run(['help', 'things'])).out).toBe('NAME:\n   tool things - manage things\n\nUSAGE:\n   tool things [arguments...]\n');
  });

  it('prints a leaf’s help for --help even with a required flag missing', async () => {
    const r = await run(['things', 'exec', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'NAME:\n   tool things exec - exec in a thing\n\nUSAGE:\n   tool things exec [command options] [arguments...]\n\nOPTIONS:\n   --exec-id value  exec id\n   \n',
    );
  });

  it('prints the group’s app template for `<group> help`, like the real ctr', async () => {
    expect((await run(['things', 'help'])).out).toBe(
      'NAME:\n   tool things - manage things\n\nUSAGE:\n   tool things [global options] command [command options] [arguments...]\n\n' +
        'VERSION:\n   1.0\n\nCOMMANDS:\n   create, c  create a thing\n   run        run a thing\n   exec       exec in a thing\n' +
        '   fail       always fails\n   code       returns 7\n\nGLOBAL OPTIONS:\n   --help, -h  show help\n',
    );
    expect((await run(['things', 'help', 'code'])).out).toBe('NAME:\n   tool things code - returns 7\n\nUSAGE:\n   tool things code [arguments...]\n');
  });

  it('prints the root help command’s own help with an empty name (urfave quirk)', async () => {
    expect((await run(['help', 'help'])).out).toBe(
      'NAME:\n    - Shows a list of commands or help for one command\n\nUSAGE:\n    [command]\n',
    );
  });

  it('prints the version for --version and -v', async () => {
    expect((await run(['-v'])).out).toBe('tool version 1.0\n');
  });
});
