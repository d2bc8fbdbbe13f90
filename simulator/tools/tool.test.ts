import { describe, expect, it } from 'vitest';
import { type ToolEntry, defineTool, runsFromFile } from './tool';
import { NODE_TOOLS } from './registry';

const run = async () => 0;
const code = (name: string) => async () => ({ spec: { name, usage: '' }, run });
const entry = (over: Partial<ToolEntry>): ToolEntry => ({ name: 'fake', path: '/usr/bin/fake', dialect: 'urfave-v1', load: code('fake'), ...over });

describe('defineTool', () => {
  it('takes an entry the node can honour as it is, its code loaded once', async () => {
    let loads = 0;
    const fake = defineTool(entry({ unit: 'containerd', load: async () => (loads++, code('fake')()) }));
    expect([fake.name, fake.path, fake.unit, loads]).toEqual(['fake', '/usr/bin/fake', 'containerd', 0]);
    const [a, b] = await Promise.all([fake.load(), fake.load()]);
    expect(a).toBe(b);
    expect(loads).toBe(1);
  });

  it('asks again for code that failed to load, instead of keeping the failure', async () => {
    let calls = 0;
    const flaky = defineTool(entry({ load: async () => (++calls === 1 ? Promise.reject(new Error('chunk fetch failed')) : code('fake')()) }));
    await expect(flaky.load()).rejects.toThrow('chunk fetch failed');
    expect((await flaky.load()).spec.name).toBe('fake');
    expect(calls).toBe(2);
  });

  it('refuses what the shell could not run or find', async () => {
    expect(() => defineTool(entry({ name: 'Fake tool', load: code('Fake tool') }))).toThrow('is not a command word');
    await expect(defineTool(entry({ load: code('other') })).load()).rejects.toThrow('its spec is named other');
    expect(() => defineTool(entry({ path: '/opt/bin/fake' }))).toThrow('/opt/bin/fake is not /usr/bin/fake or /usr/local/bin/fake');
    expect(() => defineTool(entry({ path: '/usr/bin/other' }))).toThrow('is not /usr/bin/fake');
    expect(() => defineTool(entry({ unit: 'sshd' }))).toThrow('no systemd unit sshd');
  });
});

describe('runsFromFile', () => {
  it('is true off /usr/bin and for a file-backed tool, false for one the shell always has', () => {
    expect([runsFromFile(entry({})), runsFromFile(entry({ fileBacked: true })), runsFromFile(entry({ path: '/usr/local/bin/fake' }))]).toEqual([false, true, true]);
  });

  it('leaves only ctr, runc and containerd always there: crictl, docker, nerdctl and buildctl need their files', () => {
    expect(NODE_TOOLS.filter((t) => !runsFromFile(t)).map((t) => t.name)).toEqual(['ctr', 'runc', 'containerd']);
  });
});
