// crictl's containers commands, one file each beside this list.

import type { CrictlCommand } from '../crictl-env';

export const containerCommands: readonly CrictlCommand[] = [];
