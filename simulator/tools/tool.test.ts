import { describe, expect, it } from 'vitest';
import { type ToolEntry, defineTool } from './tool';

const run = async () => 0;
const entry = (over: Partial<ToolEntry>): ToolEntry => ({ name: 'fake', path: '/usr/bin/fake', spec: { name: 'fake', usage: '' }, dialect: 'urfave-v1', run, ...over });

describe('defineTool', () => {
  it('takes an entry the node can honour as it is', () => {
    const fake = entry({ unit: 'containerd' });
    expect(defineTool(fake)).toBe(fake);
  });

  it('refuses what the shell could not run or find', () => {
    expect(() => defineTool(entry({ name: 'Fake tool', spec: { name: 'Fake tool', usage: '' } }))).toThrow('is not a command word');
    expect(() => defineTool(entry({ spec: { name: 'other', usage: '' } }))).toThrow('its spec is named other');
    expect(() => defineTool(entry({ path: '/opt/bin/fake' }))).toThrow('/opt/bin/fake is not /usr/bin/fake or /usr/local/bin/fake');
    expect(() => defineTool(entry({ path: '/usr/bin/other' }))).toThrow('is not /usr/bin/fake');
    expect(() => defineTool(entry({ unit: 'sshd' }))).toThrow('no systemd unit sshd');
  });
});
