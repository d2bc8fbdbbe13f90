import { Bash, defineCommand } from 'just-bash';
import { describe, expect, it } from 'vitest';
import { isCarriedVariableName, keptVariables, statusCommand } from './shell-variables';

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

describe('carried variables', () => {
  it('carries only names by bash rule that the shell does not manage', () => {
    expect(['A', '_x1', 'constructor', '__proto__'].every(isCarriedVariableName)).toBe(true);
    expect(['1A', 'A-B', 'X=1; touch /root/pwned; Y', '$(id)', '', 'PWD', 'SHELLOPTS', 'HOSTNAME'].some(isCarriedVariableName)).toBe(false);
  });

  it('keeps a variable named like an Object property as an own entry', () => {
    const env = Object.assign(Object.create(null) as Record<string, string>, { constructor: '8' });
    Object.defineProperty(env, '__proto__', { value: '7', enumerable: true });
    const kept = keptVariables({ cwd: '/root', env, exported: ['__proto__'], exitCode: 0 });
    expect(Object.entries(kept.vars)).toEqual([['constructor', '8'], ['__proto__', '7']]);
    expect([...kept.exported]).toEqual(['__proto__']);
  });
});
