import { describe, expect, it, vi } from 'vitest';
import * as flags from '../flags';
import { runApp } from './app';
import type { CommandSpec } from '../spec';
import { captureIO } from '../test-support';

vi.mock('../flags', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../flags')>();
  return { ...actual, flagIndex: vi.fn(actual.flagIndex) };
});

const { io } = captureIO();

describe('flag reads', () => {
  it('use an index built once per frame, not once per read', async () => {
    let seen = '';
    const app: CommandSpec<null> = {
      name: 'tool',
      usage: '',
      flags: [{ names: ['namespace', 'n'], kind: 'string', usage: '', value: 'default' }],
      subcommands: [
        {
          name: 'leaf',
          usage: '',
          flags: [{ names: ['quiet', 'q'], kind: 'bool', usage: '' }],
          action: (c) => {
            for (let i = 0; i < 1000; i++) seen = `${c.string('namespace')} ${c.bool('q')} ${c.isSet('n')}`;
          },
        },
      ],
    };
    const index = vi.mocked(flags.flagIndex);
    index.mockClear();
    expect(await runApp(app, ['-n', 'x', 'leaf', '-q'], io, null, { onError: () => 1 })).toBe(0);
    expect(seen).toBe('x true true');
    expect(index.mock.calls.length).toBeLessThan(10);
  });
});
