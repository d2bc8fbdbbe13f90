// Adding a tool is one entry: a fake tool given to a session is on PATH, found by which, type
// and command -v, listed in /usr/bin, completed from its spec, and prints help from its spec;
// the same session without it stays `command not found`.
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';
import type { CommandSpec } from '../cli/spec';
import { createSession } from '../shell/session';
import { defineTool } from './tool';

const spec: CommandSpec = {
  name: 'faketool',
  usage: 'a tool made up for this test',
  flags: [{ names: ['endpoint', 'e'], kind: 'string', usage: 'where to dial' }],
  subcommands: [
    { name: 'pods', aliases: ['p'], usage: 'list pods', action: (c) => c.io.stdout('no pods\n') },
    { name: 'images', usage: 'list images', flags: [{ names: ['quiet', 'q'], kind: 'bool', usage: 'only ids' }] },
  ],
};

const fakeTool = defineTool({
  name: 'faketool',
  path: '/usr/bin/faketool',
  dialect: 'urfave-v1',
  load: async () => ({
    spec,
    run: (node, argv, io) =>
      runCli(spec, argv, io, node, {
        dialect: 'urfave-v1',
        onError: (err, out) => {
          out.stderr(`faketool: ${String(err)}\n`);
          return 1;
        },
      }),
  }),
  unit: 'containerd',
});

const NOW = Date.UTC(2026, 10, 28, 6, 12, 0);

async function out(s: ReturnType<typeof createSession>, line: string): Promise<string> {
  const r = await s.run(line);
  return `${r.stdout}${r.stderr}[${r.exitCode}]`;
}

describe('adding a tool', () => {
  it('puts it on PATH: which, type, command -v and /usr/bin follow', async () => {
    const s = createSession({ seed: 1, now: () => NOW, tools: [fakeTool] });
    expect(await out(s, 'which faketool')).toBe('/usr/bin/faketool\n[0]');
    expect(await out(s, 'type faketool')).toBe('faketool is /usr/bin/faketool\n[0]');
    expect(await out(s, 'command -v faketool')).toBe('/usr/bin/faketool\n[0]');
    expect(await out(s, 'ls /usr/bin | grep fake')).toBe('faketool\n[0]');
    expect(await out(s, 'faketool pods | wc -l')).toBe('1\n[0]');
  });

  it('completes its name, subcommands and flags from its spec', async () => {
    const s = createSession({ seed: 1, now: () => NOW, tools: [fakeTool] });
    expect(await s.complete('faket')).toEqual(['faketool']);
    expect(await s.complete('faketool ')).toEqual(['images', 'p', 'pods']);
    expect(await s.complete('faketool -e x im')).toEqual(['images']);
    expect(await s.complete('faketool images -')).toEqual(['--help', '--quiet', '-q']);
  });

  it('prints help rendered from its spec', async () => {
    const s = createSession({ seed: 1, now: () => NOW, tools: [fakeTool] });
    const help = await out(s, 'faketool --help');
    expect(help).toContain('faketool - a tool made up for this test');
    expect(help).toMatch(/pods, p +list pods/);
    expect(help).toMatch(/--endpoint value, -e value +where to dial/);
  });

  it('without its entry the name is not found, as on a node without its package', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    for (const name of ['faketool']) {
      expect(await out(s, name)).toBe(`bash: ${name}: command not found\n[127]`);
      expect(await out(s, `which ${name}`)).toBe('[1]');
      expect(await out(s, `type ${name}`)).toBe(`bash: type: ${name}: not found\n[1]`);
      expect(await s.complete(name.slice(0, -1))).not.toContain(name);
    }
    expect(await s.complete('faketool ')).toEqual([]);
  });

  it('says so when its code cannot be loaded, and loads it at the next try', async () => {
    let tries = 0;
    const flaky = defineTool({
      name: 'faketool',
      path: '/usr/bin/faketool',
      dialect: 'urfave-v1',
      load: async () => {
        if (++tries === 1) throw new Error('Failed to fetch dynamically imported module');
        return { spec, run: async (_node, _argv, io) => (io.stdout('loaded\n'), 0) };
      },
    });
    const s = createSession({ seed: 1, now: () => NOW, tools: [flaky] });
    expect(await out(s, 'faketool pods')).toBe("faketool: this tool's code could not be loaded (Failed to fetch dynamically imported module); try again\n[1]");
    expect(await s.complete('faketool ')).toEqual(['images', 'p', 'pods']);
    expect(await out(s, 'faketool pods')).toBe('loaded\n[0]');
  });
});
