// `crictl version` (cmd/crictl/version.go:30-62@v1.26.0): the runtime's VersionResponse as four
// `fmt.Println("Label: ", value)` lines, hence two spaces after each colon.

import type { CrictlCommand } from '../crictl-env';
import { runtimeServiceOf } from '../crictl-env';
import { debugLoggedRpc } from './debug-logged-rpc';

export const versionCommand: CrictlCommand = {
  name: 'version',
  usage: 'Display runtime version information',
  async action(c) {
    const runtime = await runtimeServiceOf(c);
    const r = await debugLoggedRpc(c, 'Version', { version: 'v1' }, (request) => runtime.version(request), 'getting the runtime version');
    c.io.stdout(`Version:  ${r.version}\nRuntimeName:  ${r.runtimeName}\nRuntimeVersion:  ${r.runtimeVersion}\nRuntimeApiVersion:  ${r.runtimeApiVersion}\n`);
  },
};
