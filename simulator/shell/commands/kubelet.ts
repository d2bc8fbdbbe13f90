// `kubelet` run by hand: its version, as the package's binary prints it. The kubelet itself
// runs under systemd (systemctl start kubelet, issue 9); a second one started from the shell is
// not simulated.

import { KUBELET_VERSION } from '../../host/installed-versions';
import { nodeCommand } from './command-host';

export const kubeletCommand = nodeCommand('kubelet', (args, io) => {
  if (args[0] === '--version' || args[0] === '--version=true') {
    io.stdout(`Kubernetes ${KUBELET_VERSION}\n`);
    return 0;
  }
  io.stderr(
    'kubelet: running the kubelet from the shell is not simulated here; it runs under systemd ' +
      '(systemctl start kubelet, journalctl -u kubelet). See https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/\n',
  );
  return 1;
});
