// A node with a ready pod and crictl configured, for the streams commands' tests: containers
// are created and started through the plugin's RuntimeService, as crictl create/start would.

import { criServices } from '../../../cri/index';
import type { ContainerConfig } from '../../../cri/index';
import { containerConfig, podConfig, podNode, POD_ID } from '../../../cri/container/test-support';

export { POD_ID };

/** `now`: a fixed wall clock makes the node's time move only as its programs and sleeps move it. */
export async function crictlNode(seed = 11, now?: () => number) {
  const { s } = await podNode(seed, now);
  await s.run(`printf 'runtime-endpoint: unix:///run/containerd/containerd.sock\\n' > /etc/crictl.yaml`);
  const rt = criServices(s.node).runtime;
  /** Creates and starts container `name` running `command`; returns its id. */
  const start = async (name: string, command: string[], extra: Partial<ContainerConfig> = {}) => {
    const { containerId } = await rt.createContainer({ podSandboxId: POD_ID, config: containerConfig(name, command, extra), sandboxConfig: podConfig });
    await rt.startContainer({ containerId });
    return containerId;
  };
  return { s, rt, start };
}
