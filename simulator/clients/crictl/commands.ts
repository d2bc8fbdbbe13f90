// crictl 1.26's command list (cmd/crictl/main.go app.Commands), gathered from the groups that
// implement them. crictl sorts them by name for its help (sort.Sort(cli.CommandsByName)).

import type { CrictlCommand } from './crictl-env';
import { containerCommands } from './containers/index';
import { imageCommands } from './images/index';
import { podCommands } from './pods/index';
import { rootCommands } from './root/index';
import { streamCommands } from './streams/index';

export const CRICTL_COMMANDS: readonly CrictlCommand[] = [
  ...rootCommands,
  ...imageCommands,
  ...podCommands,
  ...containerCommands,
  ...streamCommands,
].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
