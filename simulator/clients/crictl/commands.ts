// crictl 1.26's command list, gathered from the groups that implement them, in the order
// cmd/crictl/main.go:139-169@v1.26.0 registers them. That release does not sort commands (only
// their flags), so help lists them in this order, `help, h` last.

import type { CrictlCommand } from './crictl-env';
import { containerCommands } from './containers/index';
import { imageCommands } from './images/index';
import { podCommands } from './pods/index';
import { rootCommands } from './root/index';
import { streamCommands } from './streams/index';

/** app.Commands of main.go@v1.26.0, by name. */
const MAIN_GO_ORDER = [
  'attach',
  'create',
  'exec',
  'version',
  'images',
  'inspect',
  'inspecti',
  'imagefsinfo',
  'inspectp',
  'logs',
  'port-forward',
  'ps',
  'pull',
  'run',
  'runp',
  'rm',
  'rmi',
  'rmp',
  'pods',
  'start',
  'info',
  'stop',
  'stopp',
  'update',
  'config',
  'stats',
  'statsp',
  'completion',
  'checkpoint',
];

const rank = (c: CrictlCommand): number => {
  const i = MAIN_GO_ORDER.indexOf(c.name);
  return i < 0 ? MAIN_GO_ORDER.length : i;
};

export const CRICTL_COMMANDS: readonly CrictlCommand[] = [...rootCommands, ...imageCommands, ...podCommands, ...containerCommands, ...streamCommands].sort(
  (a, b) => rank(a) - rank(b),
);
