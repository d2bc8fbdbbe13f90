// `ctr version`: the client block is printed before dialing, so a stopped daemon still shows
// it, followed by the dial error (transcript 13-daemon-down).

import { CONTAINERD_PACKAGE } from '../../../host/installed-versions';
import { dial } from '../../../containerd/client/index';
import type { CtrCommand } from '../ctr-env';

export const versionCommand: CtrCommand = {
  name: 'version',
  usage: 'print the client and server versions',
  action: (c) => {
    const p = CONTAINERD_PACKAGE;
    c.io.stdout(`Client:\n  Version:  ${p.version}\n  Revision: ${p.revision}\n  Go version: ${p.goVersion}\n\n`);
    dial(c.env.node, c.string('address'));
    c.io.stdout(`Server:\n  Version:  ${p.version}\n  Revision: ${p.revision}\n  UUID: ${c.env.client.introspection.serverUuid()}\n`);
  },
};
