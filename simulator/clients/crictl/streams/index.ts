// crictl's streams commands, one file each beside this list: what streams out of and into
// CRI containers (logs, exec, attach) and pods (port-forward).

import type { CrictlCommand } from '../crictl-env';
import { attachCommand } from './attach';
import { execCommand } from './exec';
import { logsCommand } from './logs';
import { portForwardCommand } from './port-forward';

export const streamCommands: readonly CrictlCommand[] = [attachCommand, execCommand, logsCommand, portForwardCommand];
