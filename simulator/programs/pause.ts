// The Kubernetes pause binary (build/pause/linux/pause.c) that every pod sandbox runs: it
// sleeps until a signal; SIGINT and SIGTERM print psignal's line and exit 0, anything else
// the kernel's default (SIGKILL: 137).

import { stderr, type Program } from './program';

export const pauseProgram: Program = {
  name: 'pause',
  run() {
    return {
      out: [],
      handles: {
        SIGINT: { exitCode: 0, out: [stderr('Shutting down, got signal: Interrupt\n')] },
        SIGTERM: { exitCode: 0, out: [stderr('Shutting down, got signal: Terminated\n')] },
      },
    };
  },
};
