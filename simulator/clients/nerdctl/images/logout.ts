// `nerdctl logout [flags] [SERVER]` (cmd/nerdctl/logout.go@v0.22.2): `Removing login
// credentials for <host>`, then the entry erased under each name it may have been saved as
// (the argument, its host, http:// and https:// forms); docker.io's is the index server's.

import type { NerdctlCommand } from '../nerdctl-env';
import { eraseAuthConfig, INDEX_SERVER } from './docker-config';
import { convertToHostname } from './login';

export const logoutCommand: NerdctlCommand = {
  name: 'logout',
  argsUsage: '[flags] [SERVER]',
  usage: 'Log out from a Docker registry',
  args: { max: 1 },
  action: (c) => {
    const arg = c.args[0];
    const serverAddress = arg ?? INDEX_SERVER;
    const hostname = arg === undefined ? serverAddress : convertToHostname(serverAddress);
    const regs = arg === undefined ? [serverAddress] : [serverAddress, hostname, `http://${hostname}`, `https://${hostname}`];
    c.io.stdout(`Removing login credentials for ${hostname}\n`);
    for (const r of regs) eraseAuthConfig(c, r);
  },
};
