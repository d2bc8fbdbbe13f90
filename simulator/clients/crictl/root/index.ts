// crictl's root commands, one file each beside this list.

import type { CrictlCommand } from '../crictl-env';
import { completionCommand } from './completion';
import { configCommand } from './config';
import { infoCommand } from './info';
import { versionCommand } from './version';

export const rootCommands: readonly CrictlCommand[] = [versionCommand, infoCommand, configCommand, completionCommand];
