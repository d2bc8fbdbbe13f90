// `crictl attach [command options] CONTAINER-ID` (cmd/crictl/attach.go @v1.26.0): Attach gives a
// stream URL joined to the container's own IO; what it printed before is not sent (containerd
// keeps no history: container_attach.go "TODO ... historical output"). The stream ends with
// the process, and attach exits 0 whatever its exit code (no exit status on attach's stream).

import { openStream } from '../../../cri/index';
import { runtimeServiceOf, type CrictlCommand } from '../crictl-env';
import { followStream } from './attached-stream';
import { checkTerminal, openFailure, requestStreamUrl, startStream } from './stream-url';
import { showSubcommandHelp } from '../../../cli/show-help';

const FAILED = 'attaching running container failed';

export const attachCommand: CrictlCommand = {
  name: 'attach',
  usage: 'Attach to a running container',
  argsUsage: 'CONTAINER-ID',
  shortOptionHandling: true,
  flags: [
    { names: ['tty', 't'], kind: 'bool', usage: 'Allocate a pseudo-TTY' },
    { names: ['stdin', 'i'], kind: 'bool', usage: 'Keep STDIN open' },
  ],
  action: async (c) => {
    const id = c.args[0] ?? '';
    if (id === '') return showSubcommandHelp(c);
    const service = await runtimeServiceOf(c);
    const tty = c.bool('tty');
    const stdin = c.bool('stdin');
    c.env.log.debug(`AttachRequest: &AttachRequest{ContainerId:${id},Stdin:${stdin},Tty:${tty},Stdout:true,Stderr:${!tty},}`);
    const url = await requestStreamUrl(c, 'Attach', FAILED, () => service.attach({ containerId: id, stdin, tty, stdout: true, stderr: !tty }));
    checkTerminal(c, FAILED, tty, stdin);
    const session = openStream(c.env.node, url);
    if (session?.verb !== 'attach') throw openFailure(FAILED);
    const started = startStream(FAILED, () => session.start());
    await followStream(c, started, tty, stdin);
    return 0;
  },
};
