// runc's help as the shared urfave/cli v1 framework renders it from runc-command-texts.ts,
// against the texts Debian's runc 1.1.5+ds1 prints (runc-recorded-help.ts).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';
import { RECORDED_COMMAND_HELP, RECORDED_HELP_HELP, RECORDED_MAIN_HELP } from './runc-recorded-help';

const session = createSession({ seed: 7, now: () => Date.UTC(2026, 11, 7) });
const runNodeLine = (line: string) => session.run(line);

describe('runc help', () => {
  it('prints the app help for --help, -h, help and no arguments', async () => {
    for (const line of ['runc --help', 'runc -h', 'runc help', 'runc']) {
      const r = await runNodeLine(line);
      expect(r.stdout, line).toBe(RECORDED_MAIN_HELP);
      expect(r.exitCode).toBe(0);
    }
  });

  it.each(Object.keys(RECORDED_COMMAND_HELP))('renders `runc %s --help` as the binary does', async (name) => {
    const expected = RECORDED_COMMAND_HELP[name];
    for (const line of [`runc ${name} --help`, `runc help ${name}`, `runc ${name} -h`]) {
      const r = await runNodeLine(line);
      expect(r.stdout, line).toBe(expected);
      expect(r.exitCode, line).toBe(0);
    }
  });

  it('prints the help command with an empty name, as the root app appends it', async () => {
    expect((await runNodeLine('runc help help')).stdout).toBe(RECORDED_HELP_HELP);
  });
});
