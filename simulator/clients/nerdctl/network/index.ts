// The network group's commands: every top-level command and management command it implements,
// gathered here for commands.ts. cni-env.ts (the networks of the config directory, the default
// `bridge` made on first use) is what `run --net` reads.

import type { NerdctlCommand } from '../nerdctl-env';
import { networkCommand } from './network';

export const networkCommands: NerdctlCommand[] = [networkCommand];
