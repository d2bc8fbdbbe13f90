import { describe, expect, it } from 'vitest';
import { completionsFor, runCli } from './run-cli';
import type { CommandSpec } from './spec';
import { captureIO } from './test-support';
import { dockerStyle } from './cobra/docker-style';

const app: CommandSpec<null> = {
  name: 'tool',
  usage: 'a tool',
  flags: [
    { names: ['namespace', 'n'], kind: 'string', usage: 'namespace', persistent: true },
    { names: ['debug'], kind: 'bool', usage: 'debug' },
  ],
  subcommands: [
    {
      name: 'images',
      aliases: ['i'],
      usage: 'images',
      subcommands: [
        { name: 'ls', aliases: ['list'], usage: 'list', flags: [{ names: ['quiet', 'q'], kind: 'bool', usage: 'quiet' }], action: () => 4 },
        { name: 'secret', usage: 'hidden', hidden: true, action: () => 0 },
      ],
    },
  ],
};

const onError = () => 1;

describe('runCli', () => {
  it('dispatches to each dialect, which all run the same spec', async () => {
    const options = [
      { dialect: 'urfave-v1', onError },
      { dialect: 'urfave-v2', onError },
      { dialect: 'cobra', onError, style: dockerStyle() },
    ] as const;
    for (const o of options) expect(await runCli(app, ['images', 'ls', '-q'], captureIO().io, null, o)).toBe(4);
  });

  it('words the same unknown flag in each dialect’s way', async () => {
    const out: string[] = [];
    for (const dialect of ['urfave-v1', 'urfave-v2'] as const) {
      const cap = captureIO();
      await runCli(app, ['images', 'ls', '--nope'], cap.io, null, { dialect, onError });
      out.push(cap.out().split('\n')[0] ?? '');
    }
    expect(out).toEqual(['Incorrect Usage: flag provided but not defined: -nope', 'Incorrect Usage: flag provided but not defined: -nope']);
    const errors: unknown[] = [];
    await runCli(app, ['images', 'ls', '--nope'], captureIO().io, null, {
      dialect: 'cobra',
      style: dockerStyle(),
      onError: (e) => (errors.push(e), 125),
    });
    expect((errors[0] as Error).message).toBe("unknown flag: --nope\nSee 'tool images ls --help'.");
  });
});

describe('completionsFor', () => {
  it('offers visible subcommands with aliases, and the command’s flags', () => {
    expect(completionsFor(app, ['images'], 'urfave-v1')).toEqual({
      commands: ['ls', 'list'],
      flags: [],
    });
    expect(completionsFor(app, [], 'cobra').commands).toEqual(['images', 'i']);
  });

  it('adds persistent flags below the root only in cobra', () => {
    const spell = (dialect: 'urfave-v2' | 'cobra') => completionsFor(app, ['-n', 'x', 'i', 'ls'], dialect).flags.map((f) => f.spellings.join(' '));
    expect(spell('urfave-v2')).toEqual(['--quiet -q']);
    expect(spell('cobra')).toEqual(['--quiet -q', '--namespace -n']);
  });
});
