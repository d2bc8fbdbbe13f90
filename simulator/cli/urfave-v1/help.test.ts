// The help renderer against help texts recorded from the real ctr 1.6.20 (conformance 01),
// each rebuilt from a small spec that carries the same data.

import { describe, expect, it } from 'vitest';
import { flagHelpLine, unquoteUsage } from './flag-text';
import { HELP_FLAG, commandHelp, subcommandHelp } from './help';
import type { CommandSpec } from '../spec';

describe('commandHelp', () => {
  it('renders a leaf with flags, aliases and a placeholder', () => {
    const kill: CommandSpec = {
      name: 'kill',
      usage: 'signal a container (default: SIGTERM)',
      argsUsage: '[flags] CONTAINER',
      flags: [
        { names: ['signal', 's'], kind: 'string', usage: 'signal to send to the container' },
        { names: ['exec-id'], kind: 'string', usage: 'process ID to kill' },
        { names: ['all', 'a'], kind: 'bool', usage: 'send signal to all processes inside the container' },
      ],
    };
    expect(commandHelp('ctr tasks kill', kill)).toBe(
      'NAME:\n   ctr tasks kill - signal a container (default: SIGTERM)\n\nUSAGE:\n   ctr tasks kill [command options] [flags] CONTAINER\n\n' +
        'OPTIONS:\n   --signal value, -s value  signal to send to the container\n   --exec-id value           process ID to kill\n' +
        '   --all, -a                 send signal to all processes inside the container\n   \n',
    );
  });

  it('renders a leaf without flags and without a trailing options block', () => {
    expect(commandHelp('ctr tasks ps', { name: 'ps', usage: 'list processes for container', argsUsage: 'CONTAINER' })).toBe(
      'NAME:\n   ctr tasks ps - list processes for container\n\nUSAGE:\n   ctr tasks ps CONTAINER\n',
    );
    expect(commandHelp('ctr version', { name: 'version', usage: 'print the client and server versions' })).toBe(
      'NAME:\n   ctr version - print the client and server versions\n\nUSAGE:\n   ctr version [arguments...]\n',
    );
  });

  it('renders a description verbatim', () => {
    const create: CommandSpec = {
      name: 'create',
      usage: 'create a new namespace',
      argsUsage: '<name> [<key>=<value>]',
      description: 'create a new namespace. it must be unique',
    };
    expect(commandHelp('ctr namespaces create', create)).toBe(
      'NAME:\n   ctr namespaces create - create a new namespace\n\nUSAGE:\n   ctr namespaces create <name> [<key>=<value>]\n\nDESCRIPTION:\n   create a new namespace. it must be unique\n',
    );
  });

  it('prints defaults: quoted strings, bare numbers and durations, env hints', () => {
    const metrics: CommandSpec = {
      name: 'metrics',
      usage: 'get a single data point of metrics for a task with the built-in Linux runtime',
      argsUsage: 'CONTAINER',
      flags: [{ names: ['format'], kind: 'string', usage: '"table" or "json"', value: 'table' }],
    };
    expect(commandHelp('ctr tasks metrics', metrics)).toContain('   --format value  "table" or "json" (default: "table")\n   \n');
  });
});

describe('subcommandHelp', () => {
  it('renders a group with its own flags before --help', () => {
    const group: CommandSpec = {
      name: 'leases',
      usage: 'manage leases',
      subcommands: [
        { name: 'list', aliases: ['ls'], usage: 'list all active leases' },
        { name: 'create', usage: 'create lease' },
        { name: 'delete', aliases: ['del', 'remove', 'rm'], usage: 'delete a lease' },
      ],
    };
    expect(subcommandHelp('ctr leases', group, [HELP_FLAG])).toBe(
      'NAME:\n   ctr leases - manage leases\n\nUSAGE:\n   ctr leases command [command options] [arguments...]\n\n' +
        'COMMANDS:\n   list, ls                 list all active leases\n   create                   create lease\n' +
        '   delete, del, remove, rm  delete a lease\n\nOPTIONS:\n   --help, -h  show help\n   \n',
    );
  });
});

describe('flagHelpLine', () => {
  it('takes a backquoted placeholder out of the usage', () => {
    expect(unquoteUsage('use `a:b` here')).toEqual({ placeholder: 'a:b', usage: 'use a:b here' });
    expect(
      flagHelpLine({
        names: ['uidmap'],
        kind: 'stringSlice',
        usage: 'run inside a user namespace with the specified UID mapping range; specified with the format `container-uid:host-uid:length`',
      }),
    ).toBe(
      '--uidmap container-uid:host-uid:length\trun inside a user namespace with the specified UID mapping range; specified with the format container-uid:host-uid:length',
    );
  });

  it('shows (default: 0) for numbers and (default: 0s) for durations, nothing for empty strings', () => {
    expect(flagHelpLine({ names: ['cpu-quota'], kind: 'int64', usage: 'Limit CPU CFS quota', value: -1 })).toBe(
      '--cpu-quota value\tLimit CPU CFS quota (default: -1)',
    );
    expect(flagHelpLine({ names: ['timeout'], kind: 'duration', usage: 'total timeout for ctr commands', value: '0s' })).toBe(
      '--timeout value\ttotal timeout for ctr commands (default: 0s)',
    );
    expect(flagHelpLine({ names: ['cwd'], kind: 'string', usage: 'working directory' })).toBe('--cwd value\tworking directory');
    expect(
      flagHelpLine({ names: ['snapshotter'], kind: 'string', usage: 'snapshotter name. Empty value stands for the default value.', envVar: 'CONTAINERD_SNAPSHOTTER' }),
    ).toBe('--snapshotter value\tsnapshotter name. Empty value stands for the default value. [$CONTAINERD_SNAPSHOTTER]');
  });
});
