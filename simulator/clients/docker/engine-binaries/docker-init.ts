// `docker-init` typed at the node's shell: docker.io's link to tini 0.19's static build, as it
// answers on this project's machines. tini's parse_args (tini.c, v0.19.0): `--version` only as
// the sole argument, then getopt over "+sp:hvwgle:" (the first word that is not an option ends
// them), -h's usage on stdout and exit 0, -l the licence, no program the usage on stderr and
// exit 1; getopt's own complaints are prefixed with argv[0]. As a container's init it is a
// program of the container (programs/docker-init.ts); supervising a program of the node from
// the shell is not simulated. Loaded only when the shell runs /usr/bin/docker-init (tools/docker-init.ts).

import type { CommandIO, CommandSpec } from '../../../cli/spec';

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

/** tini's LICENSE, as -l prints it. */
const LICENSE = `The MIT License (MIT)

Copyright (c) 2015 Thomas Orozco <thomas@orozco.fr>

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.
`;

/** Options without a value, and those that take one (getopt's "sp:hvwgle:"). */
const BOOLS = 'shvwgl';
const WITH_VALUE = 'pe';

/** Tab completes from this (tools/tool.ts); tini has no long options but --version. */
export function dockerInitSpec(): CommandSpec<never> {
  return { name: 'docker-init', usage: 'Execute a program under the supervision of a valid init process', argsUsage: '[OPTIONS] PROGRAM -- [ARGS]' };
}

export async function runDockerInit(argv: readonly string[], io: CommandIO): Promise<number> {
  if (argv.length === 1 && argv[0] === '--version') {
    io.stdout('tini version 0.19.0\n');
    return 0;
  }
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    for (let at = 1; at < arg.length; at++) {
      const c = arg[at] ?? '';
      if (WITH_VALUE.includes(c)) {
        if (at + 1 === arg.length) {
          if (i + 1 >= argv.length) {
            io.stderr(`docker-init: option requires an argument -- '${c}'\n${USAGE}`);
            return 1;
          }
          i++;
        }
        break;
      }
      if (!BOOLS.includes(c)) {
        io.stderr(`docker-init: invalid option -- '${c}'\n${USAGE}`);
        return 1;
      }
      if (c === 'h') {
        io.stdout(USAGE);
        return 0;
      }
      if (c === 'l') {
        io.stdout(LICENSE);
        return 0;
      }
    }
  }
  if (i >= argv.length) {
    io.stderr(USAGE);
    return 1;
  }
  io.stderr("docker-init: supervising a program of the node from the shell is not simulated here; dockerd starts it as a container's init (docker run --init).\n");
  return 1;
}
