import { describe, expect, it } from 'vitest';
import { defineTool } from '../tools/tool';
import { createSession } from './session';

describe('completion of systemctl', () => {
  it('offers the verbs systemctl simulates, then the installed units only', async () => {
    const s = createSession({ seed: 1, now: () => 0 });
    expect(await s.complete('systemctl re')).toEqual(['reload-or-restart', 'restart']);
    expect(await s.complete('systemctl status ')).toEqual(['buildkit', 'containerd', 'docker', 'kubelet']);
    expect(await s.complete('systemctl stop d')).toEqual(['docker']);
    s.node.state.host.units.docker = { active: false, enabled: false, installed: false };
    expect(await s.complete('systemctl start ')).toEqual(['buildkit', 'containerd', 'kubelet']);
  });
});

describe('completion of a tool', () => {
  it("walks ctr's spec past global flags and their values", async () => {
    const s = createSession({ seed: 1, now: () => 0 });
    expect(await s.complete('ctr --address /x/y -n k8s.io i')).toEqual(['i', 'image', 'images', 'install']);
    expect(await s.complete('ctr images pull --pla')).toEqual(['--plain-http', '--platform']);
    expect(await s.complete('echo x | ctr t')).toEqual(['t', 'task', 'tasks']);
  });

  it("skips a flag's value however the flag is spelled", async () => {
    const s = createSession({ seed: 1, now: () => 0 });
    expect(await s.complete('ctr -namespace k8s.io images l')).toEqual(['label', 'list', 'ls']);
    expect(await s.complete('ctr --namespace=k8s.io images l')).toEqual(['label', 'list', 'ls']);
    expect(await s.complete('ctr --debug images l')).toEqual(['label', 'list', 'ls']);
  });

  it("offers a cobra tool's persistent flags below its commands, and only those", async () => {
    const spec = {
      name: 'fk',
      usage: '',
      flags: [
        { names: ['host', 'H'], kind: 'string' as const, usage: '', persistent: true },
        { names: ['hush'], kind: 'bool' as const, usage: '' },
      ],
      subcommands: [{ name: 'ps', usage: '' }],
    };
    const tool = defineTool({ name: 'fk', path: '/usr/bin/fk', dialect: 'cobra', load: async () => ({ spec, run: async () => 0 }) });
    const s = createSession({ seed: 1, now: () => 0, tools: [tool] });
    expect(await s.complete('fk --h')).toEqual(['--help', '--host', '--hush']);
    expect(await s.complete('fk -H tcp://x ps --h')).toEqual(['--help', '--host']);
  });
});
