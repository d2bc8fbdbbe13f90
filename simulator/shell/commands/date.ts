// `date` on the simulated clock: `sleep 60; date` must show the minute that passed in the
// simulation, not the browser's wall clock. just-bash's own date does the formatting; it is
// given the simulated instant as `-d @<seconds>` unless the user names a date themselves.

import { defineCommand } from 'just-bash';
import type { ShellCommandFactory } from './command-host';

const OWN_DATE = /^(-d|--date|-r|--reference|-s|--set|-f|--file)(=|$)/;

export const dateCommand: ShellCommandFactory = (host) =>
  defineCommand('date', async (args, ctx) => {
    const original = ctx.origCommand;
    if (!original) return { stdout: '', stderr: 'date: not available\n', exitCode: 1 };
    if (args.some((a) => OWN_DATE.test(a))) {
      const r = await original(args);
      // coreutils quotes with ‘’ in a UTF-8 locale.
      return { ...r, stderr: r.stderr.replace(/^date: invalid date '(.*)'$/gm, 'date: invalid date ‘$1’') };
    }
    const seconds = Math.floor(host.node.nowMs() / 1000);
    return original(['-d', `@${seconds}`, ...args]);
  });
