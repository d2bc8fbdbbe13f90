import { describe, expect, it } from 'vitest';
import { type ToolEntry, defineTool, runsFromFile } from './tool';
import { NODE_TOOLS } from './registry';

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

describe('runsFromFile', () => {
  it('is true off /usr/bin and for a file-backed tool, false for one the shell always has', () => {
    expect([runsFromFile(entry({})), runsFromFile(entry({ fileBacked: true })), runsFromFile(entry({ path: '/usr/local/bin/fake' }))]).toEqual([false, true, true]);
  });

  it('leaves only ctr always there: crictl, docker, nerdctl and buildctl need their files', () => {
    expect(NODE_TOOLS.filter((t) => !runsFromFile(t)).map((t) => t.name)).toEqual(['ctr']);
  });
});
