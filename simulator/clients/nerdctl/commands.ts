// nerdctl 0.22.2's commands, gathered from the groups that implement them (main.go:235-306
// @v0.22.2 registers them; cobra sorts them by name in help). Each group exports its top-level
// commands (shortcuts such as `ps`, `pull`) and its management command (`container`, `image`).

import { buildCommands } from './build/index';
import { containersCommands } from './containers/index';
import { imagesCommands } from './images/index';
import type { NerdctlCommand } from './nerdctl-env';
import { namespaceCommand } from './namespace/namespace';
import { networkCommands } from './network/index';
import { notSimulatedCommands } from './not-simulated-commands';
import { systemCommands } from './system/index';
import { volumeCommands } from './volume/index';

export const NERDCTL_COMMANDS: NerdctlCommand[] = [
  ...containersCommands,
  ...buildCommands,
  ...imagesCommands,
  ...systemCommands,
  ...networkCommands,
  ...volumeCommands,
  namespaceCommand,
  ...notSimulatedCommands,
];
