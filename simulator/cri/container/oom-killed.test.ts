// An out-of-memory kill as the recorded node showed it (tests/oracle/cri/fixtures/runtime-edges.json,
// step 19): busybox tail of /dev/zero in a container with a 16 MiB limit is SIGKILLed, exit
// 137, and the shim's TaskOOM makes the reason OOMKilled (pkg/cri/server/events.go); the same
// exit code from a plain `kill -9` stays Error.
import { describe, expect, it } from 'vitest';
import { criServices } from '../index';
import { containerConfig, podConfig, podNode, POD_ID } from './test-support';

async function exited(command: string[], memoryLimitInBytes?: string) {
  const { s } = await podNode();
  const rt = criServices(s.node).runtime;
  const extra = memoryLimitInBytes ? { linux: { resources: { memoryLimitInBytes } } } : {};
  const { containerId } = await rt.createContainer({ podSandboxId: POD_ID, config: containerConfig('oom', command, extra), sandboxConfig: podConfig });
  await rt.startContainer({ containerId });
  await s.run('sleep 0.5');
  return (await rt.containerStatus({ containerId })).status;
}

describe('an out-of-memory kill', () => {
  it('ends tail /dev/zero at the memory limit with 137, reason OOMKilled', async () => {
    const status = await exited(['sh', '-c', 'echo start; tail /dev/zero'], '16777216');
    expect([status.state, status.exitCode, status.reason]).toEqual(['CONTAINER_EXITED', 137, 'OOMKilled']);
  });

  it('leaves tail running without a limit, and a SIGKILL without an OOM is an Error', async () => {
    expect((await exited(['tail', '/dev/zero'])).state).toBe('CONTAINER_RUNNING');
    const killed = await exited(['sh', '-c', 'kill -9 $$']);
    expect([killed.exitCode, killed.reason]).toEqual([137, 'Error']);
  });
});
