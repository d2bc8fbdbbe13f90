// `crictl attach [command options] CONTAINER-ID` (cmd/crictl/attach.go @v1.26.0): Attach gives a
// stream URL joined to the container's own IO; what it printed before is not sent (containerd
// keeps no history: container_attach.go "TODO ... historical output"). The stream ends with
// the process, and attach exits 0 whatever its exit code (no exit status on attach's stream).

import { openStream, StreamError } from '../../../cri/index';
import { plain } from '../../../errdefs/errdefs';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand } from '../crictl-env';
import { followStream } from './attached-stream';
import { openFailure } from './stream-url';

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
    if (id === '') {
      c.io.stdout(c.helpText());
      return 0;
    }
    const service = await runtimeServiceOf(c);
    const tty = c.bool('tty');
    const stdin = c.bool('stdin');
    c.env.log.debug(`AttachRequest: &AttachRequest{ContainerId:${id},Stdin:${stdin},Tty:${tty},Stdout:true,Stderr:${!tty},}`);
    let url: string;
    try {
      url = (await service.attach({ containerId: id, stdin, tty, stdout: true, stderr: !tty })).url;
    } catch (err) {
      c.env.log.debug('AttachResponse: nil');
      throw plain(`${FAILED}: ${rpcErrorText(err)}`);
    }
    c.env.log.debug(`AttachResponse: &AttachResponse{Url:${url},}`);
    c.env.log.debug(`Attach URL: ${url}`);
    if (tty && !stdin) throw plain(`${FAILED}: tty=true must be specified with interactive=true`);
    if (tty && !c.io.isTTY) throw plain(`${FAILED}: input is not a terminal`);
    const session = openStream(c.env.node, url);
    if (session?.verb !== 'attach') throw openFailure(FAILED);
    let started;
    try {
      started = session.start();
    } catch (err) {
      if (err instanceof StreamError) throw plain(`${FAILED}: ${err.message}`);
      throw err;
    }
    await followStream(c, started, tty, stdin);
    return 0;
  },
};
