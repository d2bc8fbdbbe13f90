// crictl's streams commands, one file each beside this list.

import type { CrictlCommand } from '../crictl-env';

export const streamCommands: readonly CrictlCommand[] = [];
