// The volume group's commands: every top-level command and management command it implements,
// gathered here for commands.ts. volume-store.ts is the store the containers group mounts from.

import type { NerdctlCommand } from '../nerdctl-env';
import { volumeCommand } from './volume';

export const volumeCommands: NerdctlCommand[] = [volumeCommand];
