// The system group's commands: every top-level command and management command it implements,
// gathered here for commands.ts.

import type { NerdctlCommand } from '../nerdctl-env';

export const systemCommands: NerdctlCommand[] = [];
