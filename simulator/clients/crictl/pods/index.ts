// crictl's pods commands, one file each beside this list.

import type { CrictlCommand } from '../crictl-env';

export const podCommands: readonly CrictlCommand[] = [];
