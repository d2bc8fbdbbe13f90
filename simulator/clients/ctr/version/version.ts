// `ctr version`: the client block is printed before dialing, so a stopped daemon still shows
// it, followed by the dial error (transcript 13-daemon-down).

import { CONTAINERD_PACKAGE } from '../../../host/installed-versions';
import type { CtrCommand } from '../ctr-env';
import { ctrDial } from '../ctr-dial';

export const versionCommand: CtrCommand = {
  name: 'version',
  usage: 'print the client and server versions',
  action: (c) => {
    const p = CONTAINERD_PACKAGE;
    c.io.stdout(`Client:\n  Version:  ${p.version}\n  Revision: ${p.revision}\n  Go version: ${p.goVersion}\n\n`);
    ctrDial(c);
    c.io.stdout(`Server:\n  Version:  ${p.version}\n  Revision: ${p.revision}\n  UUID: ${c.env.client.introspection.serverUuid()}\n`);
  },
};
