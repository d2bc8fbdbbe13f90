// `nerdctl network` (network.go@v0.22.2): the management command and its verbs.

import { MANAGEMENT } from '../../../cli/cobra/nerdctl-style';
import type { NerdctlCommand } from '../nerdctl-env';
import { unknownSubcommandAction } from '../unknown-subcommand';
import { networkCreateCommand } from './create';
import { networkInspectCommand } from './inspect';
import { networkLsCommand } from './ls';
import { networkPruneCommand } from './prune';
import { networkRmCommand } from './rm';

export const networkCommand: NerdctlCommand = {
  name: 'network',
  usage: 'Manage networks',
  category: MANAGEMENT,
  subcommands: [networkLsCommand, networkInspectCommand, networkCreateCommand, networkRmCommand, networkPruneCommand],
  action: unknownSubcommandAction,
};
