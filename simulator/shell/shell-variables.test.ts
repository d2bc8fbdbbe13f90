import { Bash, defineCommand } from 'just-bash';
import { describe, expect, it } from 'vitest';
import { statusCommand } from './shell-variables';

describe('statusCommand', () => {
  const setStatus = defineCommand('__status', async (args) => ({ stdout: '', stderr: '', exitCode: Number(args[0] ?? 0) }));

  it.each([0, 1, 2, 127, 130, 255])('sets $? to %i for the line that follows', async (status) => {
    const bash = new Bash({ customCommands: [setStatus] });
    const r = await bash.exec(`${statusCommand(status, '__status')}; echo $?\n`);
    expect(r.stdout).toBe(`${status}\n`);
  });

  it('uses the builtins for 0 and 1, the given command otherwise', () => {
    expect([0, 1, 2].map((s) => statusCommand(s, 'set-status'))).toEqual(['true', 'false', 'set-status 2']);
  });
});
