// `crictl version` (cmd/crictl/version.go:30-62@v1.26.0): the runtime's VersionResponse as four
// `fmt.Println("Label: ", value)` lines, hence two spaces after each colon.

import type { CrictlCommand } from '../crictl-env';
import { runtimeServiceOf, wrapRpc } from '../crictl-env';
import { gogoString } from '../output/gogo-string';

export const versionCommand: CrictlCommand = {
  name: 'version',
  usage: 'Display runtime version information',
  async action(c) {
    const runtime = await runtimeServiceOf(c);
    const request = { version: 'v1' };
    c.env.log.debug(`VersionRequest: ${gogoString('VersionRequest', request)}`);
    let r;
    try {
      r = await runtime.version(request);
    } catch (err) {
      c.env.log.debug('VersionResponse: nil');
      throw wrapRpc('getting the runtime version', err);
    }
    c.env.log.debug(`VersionResponse: ${gogoString('VersionResponse', r)}`);
    c.io.stdout(`Version:  ${r.version}\nRuntimeName:  ${r.runtimeName}\nRuntimeVersion:  ${r.runtimeVersion}\nRuntimeApiVersion:  ${r.runtimeApiVersion}\n`);
  },
};
