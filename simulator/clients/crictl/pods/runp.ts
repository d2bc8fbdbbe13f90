// `crictl runp [-r handler] [-T timeout] pod-config.[json|yaml]` (cmd/crictl/sandbox.go:45-87
// @v1.26.0): no argument shows the command's help; the runtime is dialed first, then the config
// loaded (`load podSandboxConfig: …`), then RunPodSandbox (`run pod sandbox: …`); the new id is
// printed alone.

import { runPodFromFile } from '../containers/shared';
import { runtimeServiceOf, type CrictlCommand } from '../crictl-env';

export const runpCommand: CrictlCommand = {
  name: 'runp',
  usage: 'Run a new pod',
  argsUsage: 'pod-config.[json|yaml]',
  flags: [
    { names: ['runtime', 'r'], kind: 'string', usage: 'Runtime handler to use. Available options are defined by the container runtime.' },
    {
      names: ['cancel-timeout', 'T'],
      kind: 'duration',
      usage: 'Seconds to wait for a run pod sandbox request to complete before cancelling the request',
      value: 0,
    },
  ],
  action: async (c) => {
    const spec = c.args[0] ?? '';
    if (spec === '') {
      c.io.stdout(c.helpText());
      return;
    }
    const runtime = await runtimeServiceOf(c, c.duration('cancel-timeout') * 1e6);
    const id = await runPodFromFile(c, runtime, spec);
    c.io.stdout(`${id}\n`);
  },
};
