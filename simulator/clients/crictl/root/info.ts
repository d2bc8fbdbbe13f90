// `crictl info` (cmd/crictl/info.go:30-80@v1.26.0): the runtime's Status, verbose unless -q,
// printed by outputStatusInfo: `-o json` (the default), `yaml` or `go-template` with --template.

import type { CrictlCommand } from '../crictl-env';
import { runtimeServiceOf, wrapRpc } from '../crictl-env';
import { gogoString } from '../output/gogo-string';
import { outputStatusInfo, protobufObjectToJson } from '../output/index';

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
    const request = { verbose: !c.bool('quiet') };
    c.env.log.debug(`StatusRequest: ${gogoString('StatusRequest', request)}`);
    let r;
    try {
      r = await runtime.status(request);
    } catch (err) {
      c.env.log.debug('StatusResponse: nil');
      throw wrapRpc('getting status of runtime', err);
    }
    c.env.log.debug(`StatusResponse: ${gogoString('StatusResponse', r)}`);
    try {
      outputStatusInfo(c.io, protobufObjectToJson('RuntimeStatus', r.status), r.info, c.string('output'), c.string('template'));
    } catch (err) {
      throw wrapRpc('getting status of runtime', err);
    }
  },
};
