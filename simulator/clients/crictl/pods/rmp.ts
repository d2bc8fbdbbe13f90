// `crictl rmp [-f] [-a] POD-ID [POD-ID...]` (cmd/crictl/sandbox.go:112-181, RemovePodSandbox
// 345-356 @v1.26.0): -a takes every pod the runtime lists; no id shows the help. Each pod's
// status is read first: a ready pod is refused (`pod sandbox "<id>" is running, please stop it
// first`) unless -f stops it; then RemovePodSandbox and `Removed sandbox <id>`. crictl runs
// the pods side by side and reports their errors together (errors.AggregateGoroutines); here
// they run in the order given.

import { plain } from '../../../errdefs/errdefs';
import type { RuntimeService } from '../../../cri/index';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand, type CrictlContext } from '../crictl-env';
import { idsOrAll } from '../containers/shared';
import { aggregateText } from './pod-shared';

async function removeOne(c: CrictlContext, runtime: RuntimeService, id: string): Promise<void> {
  const call = { wait: (ms: number) => c.io.pace(ms) };
  let state;
  try {
    ({
      status: { state },
    } = await runtime.podSandboxStatus({ podSandboxId: id, verbose: false }));
  } catch (err) {
    throw plain(`getting sandbox status of pod ${JSON.stringify(id)}: ${rpcErrorText(err)}`);
  }
  if (state === 'SANDBOX_READY') {
    if (!c.bool('force')) throw plain(`pod sandbox ${JSON.stringify(id)} is running, please stop it first`);
    try {
      await runtime.stopPodSandbox({ podSandboxId: id }, call);
    } catch (err) {
      throw plain(`stopping the pod sandbox ${JSON.stringify(id)} failed: ${rpcErrorText(err)}`);
    }
    c.io.stdout(`Stopped sandbox ${id}\n`);
  }
  try {
    await runtime.removePodSandbox({ podSandboxId: id }, call);
  } catch (err) {
    throw plain(`removing the pod sandbox ${JSON.stringify(id)}: ${rpcErrorText(err)}`);
  }
  c.io.stdout(`Removed sandbox ${id}\n`);
}

export const rmpCommand: CrictlCommand = {
  name: 'rmp',
  usage: 'Remove one or more pods',
  argsUsage: 'POD-ID [POD-ID...]',
  shortOptionHandling: true,
  flags: [
    { names: ['force', 'f'], kind: 'bool', usage: 'Force removal of the pod sandbox, disregarding if running' },
    { names: ['all', 'a'], kind: 'bool', usage: 'Remove all pods' },
  ],
  action: async (c) => {
    const runtime = await runtimeServiceOf(c, 0);
    const ids = await idsOrAll(c, async () => (await runtime.listPodSandbox({})).items.map((p) => p.id));
    if (!ids) return;
    const errors: string[] = [];
    for (const id of ids) {
      try {
        await removeOne(c, runtime, id);
      } catch (err) {
        if (!(err instanceof Error)) throw err;
        errors.push(err.message);
      }
    }
    if (errors.length > 0) throw plain(aggregateText(errors));
  },
};
