// CRI containers for the logs' tests, made and started through the plugin's own RuntimeService
// in the container service's test pod (cri/container/test-support.ts): their log files lie in
// the pod's log directory.

import { criServices } from '../index';
import { containerConfig, podConfig, podNode, POD_ID } from '../container/test-support';

export interface StartedContainer {
  id: string;
  logPath: string;
}

export async function logNode(seed = 11) {
  const { s, ctx } = await podNode(seed);
  const rt = criServices(s.node).runtime;
  /** Creates and starts container `name` running `command` (tty as asked). */
  const start = async (name: string, command: string[], options: { tty?: boolean } = {}): Promise<StartedContainer> => {
    const config = containerConfig(name, command, options.tty ? { tty: true } : {});
    const { containerId } = await rt.createContainer({ podSandboxId: POD_ID, config, sandboxConfig: podConfig });
    await rt.startContainer({ containerId });
    return { id: containerId, logPath: `${podConfig.logDirectory}/${name}.log` };
  };
  return { s, ctx, rt, start };
}
