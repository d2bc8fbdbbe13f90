// A second login on the same node (ShellSessionOptions.node): one node, two shells, each with its
// own cwd, variables and history, as two ssh sessions to node1.

import { describe, expect, it } from 'vitest';
import { createSession } from './session';

const NOW = Date.UTC(2026, 10, 28, 5, 14, 0);

describe('a second login on the same node', () => {
  it('shares the node and keeps its own shell state', async () => {
    const first = createSession({ seed: 7, now: () => NOW });
    const second = createSession({ node: first.node, seed: 99, saved: { version: 1 } });
    expect(second.node).toBe(first.node);

    await first.run('ctr ns create demo');
    expect((await second.run('ctr ns ls -q')).stdout).toBe('demo\n');
    await second.run('mkdir /tmp/w && cd /tmp/w && X=1');
    await second.run('touch here');
    expect((await first.run('ls /tmp/w')).stdout).toBe('here\n');

    expect(first.prompt()).toBe('root@node1:~# ');
    expect(second.prompt()).toBe('root@node1:/tmp/w# ');
    expect((await first.run('echo "[$X]"')).stdout).toBe('[]\n');
    expect((await second.run('echo "[$X]"')).stdout).toBe('[1]\n');
    expect(first.history()).toEqual(['ctr ns create demo', 'ls /tmp/w', 'echo "[$X]"']);
    expect(second.history()).toEqual(['ctr ns ls -q', 'mkdir /tmp/w && cd /tmp/w && X=1', 'touch here', 'echo "[$X]"']);
  });

  it('saves the shared node from either session', async () => {
    const first = createSession({ seed: 7, now: () => NOW });
    const second = createSession({ node: first.node });
    await second.run('ctr ns create fromsecond');
    const restored = createSession({ saved: first.save(), now: () => NOW });
    expect((await restored.run('ctr ns ls -q')).stdout).toBe('fromsecond\n');
  });

  it('lets one terminal follow `ctr events` while the other acts, until Ctrl-C', async () => {
    const first = createSession({ seed: 7 });
    const second = createSession({ node: first.node });
    let shown = '';
    const watching = first.run('ctr events', { tty: true, realTime: true, onOutput: (chunk) => (shown += chunk) });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await second.run('ctr ns create demo', { tty: true, realTime: true });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(shown).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC default \/namespaces\/create \{"name":"demo"\}\n$/);
    await first.interrupt('SIGINT');
    const result = await watching;
    expect(result.exitCode).toBe(130);
    expect(result.stderr).toBe('');
    expect((await first.run('echo $?')).stdout).toBe('130\n');
  });
});
