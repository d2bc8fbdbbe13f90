// Whatever a learner types, no dialect's parsing throws: every command line resolves to an exit
// code, and what reaches the tool's main is one of the errors a dialect means to raise.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from './urfave-exit';
import { CliError } from './cli-error';
import { dockerStyle } from './cobra/docker-style';
import { nerdctlStyle } from './cobra/nerdctl-style';
import { PflagError } from './cobra/pflag';
import { type DialectOptions, runCli } from './run-cli';
import type { CommandSpec, FlagKind } from './spec';
import { captureIO } from './test-support';

const KINDS: FlagKind[] = ['bool', 'string', 'stringSlice', 'stringArray', 'int', 'int64', 'int32', 'uint', 'uint16', 'uint64', 'float64', 'duration'];

const flags = KINDS.map((kind, i) => ({
  names: [`${kind.toLowerCase()}-flag`, String.fromCharCode(97 + i)],
  kind,
  usage: `a ${kind}`,
  persistent: i % 2 === 0,
  required: kind === 'uint16' ? false : undefined,
}));

const app: CommandSpec<null> = {
  name: 'tool',
  usage: 'a tool',
  flags,
  subcommands: [
    {
      name: 'group',
      aliases: ['g'],
      usage: 'a group',
      flags,
      subcommands: [
        { name: 'leaf', usage: 'a leaf', flags, args: { min: 1, max: 2 }, shortOptionHandling: true, action: () => 0 },
        { name: 'raw', usage: 'takes everything', skipFlagParsing: true, action: () => 0 },
        { name: 'run', usage: 'stops at its first argument', skipArgReorder: true, flags, action: () => 0 },
      ],
    },
    { name: 'exec', usage: 'needs a flag', flags: [{ names: ['exec-id'], kind: 'string', usage: 'id', required: true }], action: () => 0 },
  ],
};

const word = fc.oneof(
  fc.constantFrom('group', 'g', 'leaf', 'raw', 'run', 'exec', 'help', 'h', 'completion', '--', '-', '', '=', '---x', '--help', '-h', '-v', '--version'),
  fc.constantFrom(...flags.flatMap((f) => f.names.map((n) => (n.length === 1 ? `-${n}` : `--${n}`)))),
  fc.tuple(fc.constantFrom('-', '--'), fc.string({ maxLength: 6 }), fc.constantFrom('', '=', '=1', '=x,y', '=-1', '=1e400', '=0x1f')).map((p) => p.join('')),
  fc.string({ maxLength: 8 }),
);

const known = (e: unknown): boolean => e instanceof UsageError || e instanceof CliError || e instanceof PflagError || (e instanceof Error && e.constructor === Error);

const dialects: [string, (seen: unknown[]) => DialectOptions][] = [
  ['urfave-v1', (seen) => ({ dialect: 'urfave-v1', version: '1', onError: (e) => (seen.push(e), 1) })],
  ['urfave-v2', (seen) => ({ dialect: 'urfave-v2', version: '1', onError: (e) => (seen.push(e), 1) })],
  ['cobra/docker', (seen) => ({ dialect: 'cobra', style: dockerStyle(), rootFlagsFirst: true, completionCommand: true, onError: (e) => (seen.push(e), 1) })],
  ['cobra/nerdctl', (seen) => ({ dialect: 'cobra', style: nerdctlStyle(), version: '1', traverseChildren: true, onError: (e) => (seen.push(e), 1) })],
];

describe('parsing arbitrary command lines', () => {
  for (const [name, options] of dialects) {
    it(`${name} never throws and raises only its own errors`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(word, { maxLength: 8 }), fc.boolean(), async (argv, isTTY) => {
          const seen: unknown[] = [];
          const code = await runCli(app, argv, captureIO({ isTTY, columns: 40 }).io, null, options(seen));
          expect(Number.isInteger(code)).toBe(true);
          for (const e of seen) {
            // The completion scripts are the one refusal a dialect itself raises.
            if (e instanceof Error && e.name === 'NotSimulatedError') continue;
            expect(known(e), String(e)).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
