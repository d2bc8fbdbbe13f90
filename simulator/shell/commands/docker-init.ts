// `docker-init` (Debian's tini 0.19, static) run by hand on the node: its version and usage, as
// /usr/bin/docker-init prints them on this project's machines. As a container's init it is a
// program of the container (programs/docker-init.ts); started from the node's shell to supervise
// a program of the node, it is not simulated.

import { nodeCommand } from './command-host';

const USAGE = `docker-init (tini version 0.19.0)
Usage: docker-init [OPTIONS] PROGRAM -- [ARGS] | --version

Execute a program under the supervision of a valid init process (docker-init)

Command line options:

  --version: Show version and exit.
  -h: Show this help message and exit.
  -s: Register as a process subreaper (requires Linux >= 3.4).
  -p SIGNAL: Trigger SIGNAL when parent dies, e.g. "-p SIGKILL".
  -v: Generate more verbose output. Repeat up to 3 times.
  -w: Print a warning when processes are getting reaped.
  -g: Send signals to the child's process group.
  -e EXIT_CODE: Remap EXIT_CODE (from 0 to 255) to 0.
  -l: Show license and exit.

Environment variables:

  TINI_SUBREAPER: Register as a process subreaper (requires Linux >= 3.4).
  TINI_VERBOSITY: Set the verbosity level (default: 1).
  TINI_KILL_PROCESS_GROUP: Send signals to the child's process group.

`;

export const dockerInitCommand = nodeCommand('docker-init', (args, io) => {
  for (const arg of args) {
    if (arg === '--') break;
    if (arg === '--version') {
      io.stdout('tini version 0.19.0\n');
      return 0;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    for (const c of arg.slice(1)) {
      if (c === 'h') {
        io.stdout(USAGE);
        return 0;
      }
      if (!'sgvwlpe'.includes(c)) {
        io.stderr(`docker-init: invalid option -- '${c}'\n${USAGE}`);
        return 1;
      }
    }
  }
  if (args.filter((a) => a !== '--').length === 0) {
    io.stderr(USAGE);
    return 1;
  }
  io.stderr('docker-init: supervising a program of the node from the shell is not simulated here; dockerd starts it as a container\'s init (docker run --init).\n');
  return 1;
});
