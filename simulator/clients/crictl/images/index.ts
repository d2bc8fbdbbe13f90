// crictl's images commands, one file each beside this list.

import type { CrictlCommand } from '../crictl-env';

export const imageCommands: readonly CrictlCommand[] = [];
