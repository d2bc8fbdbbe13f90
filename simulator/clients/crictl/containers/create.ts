// `crictl create POD container-config.[json|yaml] pod-config.[json|yaml]` (container.go:139-194
// @v1.26.0): exactly three arguments (else the help); the image is pulled first only with
// --with-pull or `pull-image-on-create: true`; prints the new container's id. Every failure is
// `creating container: <error>`.

import { plain } from '../../../errdefs/errdefs';
import { runtimeServiceOf, type CrictlCommand } from '../crictl-env';
import { CREATE_PULL_FLAGS } from './pull-flags';
import { createWithPull } from './shared';

export const createCommand: CrictlCommand = {
  name: 'create',
  usage: 'Create a new container',
  argsUsage: 'POD container-config.[json|yaml] pod-config.[json|yaml]',
  flags: [
    ...CREATE_PULL_FLAGS,
    {
      names: ['cancel-timeout', 'T'],
      kind: 'duration',
      usage: 'Seconds to wait for a container create request to complete before cancelling the request',
      value: 0,
    },
  ],
  action: async (c) => {
    if (c.args.length !== 3) {
      c.io.stdout(c.helpText());
      return;
    }
    if (c.bool('no-pull') && c.bool('with-pull')) throw plain('confict: no-pull and with-pull are both set');
    const withPull = (!c.bool('no-pull') && c.env.settings.pullImageOnCreate) || c.bool('with-pull');
    const runtime = await runtimeServiceOf(c, c.duration('cancel-timeout') * 1e6);
    let id: string;
    try {
      id = await createWithPull(c, runtime, { podId: c.args[0] ?? '', configPath: c.args[1] ?? '', podConfigPath: c.args[2] ?? '', withPull });
    } catch (err) {
      throw plain(`creating container: ${(err as Error).message}`);
    }
    c.io.stdout(`${id}\n`);
  },
};
