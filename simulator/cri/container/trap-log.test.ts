// A TERM trap's output reaches the container's log (tests/oracle/cri/fixtures/config-edges.json,
// step 82): StopContainer's SIGTERM runs the trap, whose echo is written on stdout, and the
// logger drains what the process printed once it exits (the exit code is the trap's).
import { describe, expect, it } from 'vitest';
import { criServices } from '../index';
import { containerConfig, podConfig, podNode, POD_ID } from './test-support';

describe('a TERM trap and the CRI log', () => {
  it('logs the trap\'s echo on stdout when StopContainer signals the container', async () => {
    const { s } = await podNode();
    const rt = criServices(s.node).runtime;
    const command = ['sh', '-c', 'trap "echo got TERM; exit 5" TERM; echo ready; while true; do sleep 0.1; done'];
    const { containerId } = await rt.createContainer({ podSandboxId: POD_ID, config: containerConfig('trap', command), sandboxConfig: podConfig });
    await rt.startContainer({ containerId });
    await s.run('sleep 0.5');
    await rt.stopContainer({ containerId, timeout: 10 });
    expect((await rt.containerStatus({ containerId })).status.exitCode).toBe(5);
    const log = (await s.run('cat /tmp/pods/web/trap.log')).stdout;
    expect(log.replace(/^\S+ /gm, 'TIME ')).toBe('TIME stdout F ready\nTIME stdout F got TERM\n');
  });
});
