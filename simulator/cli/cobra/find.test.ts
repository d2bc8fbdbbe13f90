// cobra v1.5's command lookup (command.go's stripFlags, Find, Traverse) and SuggestionsFor.

import { describe, expect, it } from 'vitest';
import type { CommandSpec, FlagSpec } from '../spec';
import { type CommandView, commandView } from './command-view';
import { find, stripFlags, traverse } from './find';
import { didYouMean, suggestionsFor } from './suggestions';

const flags: FlagSpec[] = [
  { names: ['namespace', 'n'], kind: 'string', usage: '', persistent: true },
  { names: ['debug', 'D'], kind: 'bool', usage: '', persistent: true },
];
const noop = () => 0;
const app: CommandSpec<null> = {
  name: 'tool',
  usage: '',
  flags,
  subcommands: [
    { name: 'images', aliases: ['image'], usage: '', subcommands: [{ name: 'ls', usage: '', action: noop }], action: noop },
    { name: 'ps', usage: '', action: noop },
    { name: 'pull', usage: '', action: noop },
    { name: 'secret', usage: '', hidden: true, action: noop },
  ],
};

const view = (spec: CommandSpec<null>, parent?: CommandView<null>) => commandView({ spec, parent, columns: 80, isTTY: false, environ: {} });
const descend = (parent: CommandView<null>, name: string) => {
  const spec = parent.subcommands.find((c) => c.name === name || (c.aliases ?? []).includes(name));
  return spec ? view(spec, parent) : undefined;
};

describe('stripFlags', () => {
  it('drops flags and the values of flags that take one', () => {
    expect(stripFlags(['-n', 'k8s.io', 'images', '-D', 'ls'], flags)).toEqual(['images', 'ls']);
    expect(stripFlags(['--namespace', 'x', 'ps'], flags)).toEqual(['ps']);
  });

  it('stops at -- and, like cobra, when a value-taking flag is second to last', () => {
    expect(stripFlags(['ps', '--', 'images'], flags)).toEqual(['ps']);
    expect(stripFlags(['-n', 'images'], flags)).toEqual([]);
  });
});

describe('find and traverse', () => {
  it('finds the command through aliases, leaving the flags wherever they were', () => {
    const r = find(view(app), ['-n', 'x', 'image', 'ls', '-D'], descend);
    expect([r.view.path, r.args]).toEqual(['tool images ls', ['-n', 'x', '-D']]);
  });

  it('traverses, handing each level the flags written before its subcommand', () => {
    const r = traverse(view(app), ['-n', 'x', 'images', '-D', 'ls', 'a'], descend);
    expect(r.steps.map((s) => [s.view.path, s.flags])).toEqual([
      ['tool', ['-n', 'x']],
      ['tool images', ['-D']],
    ]);
    expect([r.view.path, r.args]).toEqual(['tool images ls', ['a']]);
  });
});

describe('suggestionsFor', () => {
  it('suggests close or prefixed names of available commands', () => {
    expect(suggestionsFor(app.subcommands ?? [], 'imgaes')).toEqual(['images']);
    expect(suggestionsFor(app.subcommands ?? [], 'p')).toEqual(['ps', 'pull']);
    expect(suggestionsFor(app.subcommands ?? [], 'secre')).toEqual([]);
    expect(didYouMean(['ps', 'pull'])).toBe('\n\nDid you mean this?\n\tps\n\tpull\n');
  });
});
