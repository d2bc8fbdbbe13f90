// crictl's root commands, one file each beside this list.

import type { CrictlCommand } from '../crictl-env';

export const rootCommands: readonly CrictlCommand[] = [];
