// `crictl run container-config.[json|yaml] pod-config.[json|yaml]` (container.go:553-606,
// RunContainer 645-677 @v1.26.0): a new pod from the pod config (RunPodSandbox), the
// container created in it (pulling the image first unless --no-pull or
// `disable-pull-on-run: true`), then started, which prints the container's id. Errors:
// `running container: load podSandboxConfig: …`, `… run pod sandbox: …`,
// `… creating container failed: …`, `… starting the container "<id>": …`.

import { plain } from '../../../errdefs/errdefs';
import { imageServiceOf, rpcErrorText, runtimeServiceOf, type CrictlCommand } from '../crictl-env';
import { RUN_PULL_FLAGS } from './pull-flags';
import { createWithPull, runPodFromFile } from './shared';

export const runCommand: CrictlCommand = {
  name: 'run',
  usage: 'Run a new container inside a sandbox',
  argsUsage: 'container-config.[json|yaml] pod-config.[json|yaml]',
  flags: [
    ...RUN_PULL_FLAGS,
    { names: ['runtime', 'r'], kind: 'string', usage: 'Runtime handler to use. Available options are defined by the container runtime.' },
    { names: ['timeout', 't'], kind: 'duration', usage: 'Seconds to wait for a container create request before cancelling the request', value: 0 },
  ],
  action: async (c) => {
    if (c.args.length !== 2) {
      c.io.stdout(c.helpText());
      return;
    }
    if (c.bool('no-pull') && c.bool('with-pull')) throw plain('confict: no-pull and with-pull are both set');
    const withPull = (!c.env.settings.disablePullOnRun && !c.bool('no-pull')) || c.bool('with-pull');
    if (withPull) await imageServiceOf(c);
    const runtime = await runtimeServiceOf(c, c.duration('timeout') * 1e6);
    const [configPath = '', podConfigPath = ''] = c.args;
    const fail = (text: string) => plain(`running container: ${text}`);
    let podId: string;
    try {
      podId = await runPodFromFile(c, runtime, podConfigPath);
    } catch (err) {
      throw fail((err as Error).message);
    }
    let id: string;
    try {
      id = await createWithPull(c, runtime, { podId, configPath, podConfigPath, withPull });
    } catch (err) {
      throw fail(`creating container failed: ${(err as Error).message}`);
    }
    try {
      await runtime.startContainer({ containerId: id }, { wait: (ms) => c.io.pace(ms) });
    } catch (err) {
      throw fail(`starting the container ${JSON.stringify(id)}: ${rpcErrorText(err)}`);
    }
    c.io.stdout(`${id}\n`);
  },
};
