// `nerdctl volume` (volume.go@v0.22.2): the management command and its verbs in the order
// AddCommand lists them (cobra sorts them in help).

import { MANAGEMENT } from '../../../cli/cobra/nerdctl-style';
import type { NerdctlCommand } from '../nerdctl-env';
import { unknownSubcommandAction } from '../unknown-subcommand';
import { volumeCreateCommand } from './create';
import { volumeInspectCommand } from './inspect';
import { volumeLsCommand } from './ls';
import { volumePruneCommand } from './prune';
import { volumeRmCommand } from './rm';

export const volumeCommand: NerdctlCommand = {
  name: 'volume',
  usage: 'Manage volumes',
  category: MANAGEMENT,
  subcommands: [volumeLsCommand, volumeInspectCommand, volumeCreateCommand, volumeRmCommand, volumePruneCommand],
  action: unknownSubcommandAction,
};
