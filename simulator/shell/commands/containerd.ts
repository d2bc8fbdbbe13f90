// `containerd` run by hand: only its informational forms. The daemon itself runs under
// systemd (see systemctl.ts); starting a second one from the shell is not simulated.

import { CONTAINERD_DEFAULT_CONFIG } from '../../host/containerd-default-config';
import { CONTAINERD_PACKAGE } from '../../host/installed-versions';
import { nodeCommand } from './command-host';

export const containerdCommand = nodeCommand('containerd', (args, io) => {
  const p = CONTAINERD_PACKAGE;
  const [first, second] = args;
  if (first === '--version' || first === '-v' || first === 'version') {
    io.stdout(`containerd ${p.module} ${p.version} ${p.revision}\n`);
    return 0;
  }
  if (first === 'config' && second === 'default') {
    io.stdout(CONTAINERD_DEFAULT_CONFIG);
    return 0;
  }
  io.stderr(
    'containerd: running the daemon from the shell is not simulated here; it runs under systemd ' +
      '(systemctl start containerd). See containerd --help in the containerd documentation.\n',
  );
  return 1;
});
