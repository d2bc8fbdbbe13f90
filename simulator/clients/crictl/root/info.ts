// `crictl info` (cmd/crictl/info.go:30-80@v1.26.0): the runtime's Status, verbose unless -q,
// printed by outputStatusInfo: `-o json` (the default), `yaml` or `go-template` with --template.

import type { CrictlCommand } from '../crictl-env';
import { runtimeServiceOf, wrapRpc } from '../crictl-env';
import { outputStatusInfo, protobufObjectToJson } from '../output/index';
import { debugLoggedRpc } from './debug-logged-rpc';

export const infoCommand: CrictlCommand = {
  name: 'info',
  usage: 'Display information of the container runtime',
  shortOptionHandling: true,
  flags: [
    { names: ['output', 'o'], kind: 'string', value: 'json', usage: 'Output format, One of: json|yaml|go-template' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Do not show verbose information' },
    {
      names: ['template'],
      kind: 'string',
      usage: 'The template string is only used when output is go-template; The Template format is golang template',
    },
  ],
  async action(c) {
    const runtime = await runtimeServiceOf(c);
    const r = await debugLoggedRpc(c, 'Status', { verbose: !c.bool('quiet') }, (request) => runtime.status(request), 'getting status of runtime');
    try {
      outputStatusInfo(c.io, protobufObjectToJson('RuntimeStatus', r.status), r.info, c.string('output'), c.string('template'));
    } catch (err) {
      throw wrapRpc('getting status of runtime', err);
    }
  },
};
