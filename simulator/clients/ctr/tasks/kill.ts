// `ctr tasks kill [flags] CONTAINER`: SIGTERM unless -s says otherwise or the container's
// stop-signal label names another (nginx: SIGQUIT). Prints nothing.

import { plain } from '../../../errdefs/errdefs';
import { parseSignal, STOP_SIGNAL_LABEL } from '../../../containerd/client/index';
import type { CtrCommand } from '../ctr-env';
import { clientOf } from '../ctr-env';
import { requiredArg } from '../required-arg';

export const killCommand: CtrCommand = {
  name: 'kill',
  usage: 'signal a container (default: SIGTERM)',
  argsUsage: '[flags] CONTAINER',
  flags: [
    { names: ['signal', 's'], kind: 'string', usage: 'signal to send to the container' },
    { names: ['exec-id'], kind: 'string', usage: 'process ID to kill' },
    { names: ['all', 'a'], kind: 'bool', usage: 'send signal to all processes inside the container' },
  ],
  action: (c) => {
    const id = requiredArg(c, 0, 'container id');
    const all = c.bool('all');
    const execId = c.string('exec-id');
    if (all && execId !== '') throw plain('specify an exec-id or all; not both');
    const container = clientOf(c).containers.loadContainer(id);
    // containerd.GetStopSignal: the image's stop signal, kept as a container label.
    const signal = parseSignal(c.string('signal') || container.info().labels[STOP_SIGNAL_LABEL] || 'SIGTERM');
    container.task().kill(signal, { execId, all });
  },
};
