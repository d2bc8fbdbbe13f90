// `nerdctl system` (system.go@v0.22.2): events, info and prune ("versionCommand is not here").

import { MANAGEMENT } from '../../../cli/cobra/nerdctl-style';
import type { NerdctlCommand } from '../nerdctl-env';
import { unknownSubcommandAction } from '../unknown-subcommand';
import { eventsCommand } from './events';
import { infoCommand } from './info';
import { systemPruneCommand } from './prune';

export const systemCommand: NerdctlCommand = {
  name: 'system',
  usage: 'Manage containerd',
  category: MANAGEMENT,
  subcommands: [eventsCommand, infoCommand, systemPruneCommand],
  action: unknownSubcommandAction,
};
