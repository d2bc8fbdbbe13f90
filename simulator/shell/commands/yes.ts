// `yes` on node1. Coreutils has it on every Debian node, so the name exists; but its one job is
// to print for ever, which the node's shell (whose pipes are not streams) cannot do for a reader
// like `head` to cut short. It says so rather than print a silently truncated stream.

import { nodeCommand } from './command-host';

export const yesCommand = nodeCommand('yes', (args, io) => {
  const text = args.length > 0 ? args.join(' ') : 'y';
  io.stderr(`yes: printing '${text}' for ever is not simulated here (on a real node it runs until its reader closes the pipe or Ctrl-C)\n`);
  return 1;
});
