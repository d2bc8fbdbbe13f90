// Random sequences of crictl's container commands (valid, half-valid and junk arguments) on a
// node with one pod: no command lets a JavaScript error through as its message, and after each
// one the plugin's records agree with containerd — every CRI container has its containerd
// container in k8s.io, a RUNNING one a running task, an EXITED or CREATED one no live task.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connect } from '../../../containerd/client/index';
import type { Node } from '../../../node';
import { containersSession, POD_ID } from './test-support';

function checkInvariants(node: Node): void {
  const k8s = connect(node).withNamespace('k8s.io');
  const tasks = new Map(k8s.tasks.list().map((t) => [t.id, t.status]));
  for (const record of Object.values(node.state.cri.containers)) {
    expect(k8s.containers.list([`id==${record.id}`]).map((c) => c.id)).toEqual([record.id]);
    const task = tasks.get(record.id);
    if (record.state === 'CONTAINER_RUNNING') expect(task).toBe('RUNNING');
    else expect(task === undefined || task === 'CREATED' || task === 'STOPPED').toBe(true);
  }
}

const JS_ERROR = /TypeError|RangeError|ReferenceError|SyntaxError|is not a function|Cannot read propert|undefined is not|\[object Object\]/;

describe('crictl container commands, property', () => {
  it('random command sequences keep records and containerd in step, and never leak a JS error', async () => {
    const { run, node } = await containersSession();
    await run("sed 's/\"top\"/\"sh\", \"-c\", \"exit 2\"/' /root/container-config.json > /root/quick.json");
    const ids: string[] = [];
    const idArg = fc.oneof(
      fc.nat({ max: 5 }).map((i) => ids[i % Math.max(1, ids.length)] ?? 'none'),
      fc.nat({ max: 5 }).map((i) => (ids[i % Math.max(1, ids.length)] ?? 'ab').slice(0, 2)),
      fc.constantFrom('', 'mynginx', 'ffff', POD_ID, '-x', '--', "'a b'"),
    );
    const command = fc.oneof(
      fc.constantFrom(
        `crictl create ${POD_ID} /root/container-config.json /root/pod-config.json`,
        `crictl create ${POD_ID} /root/quick.json /root/pod-config.json`,
        `crictl create ${POD_ID} /root/pod-config.json /root/pod-config.json`,
        'crictl create nope /root/container-config.json /root/pod-config.json',
        'crictl ps -a',
        'crictl ps -s bogus',
        'crictl ps --label a=b=c',
        'crictl ps -o yaml -a',
        'crictl rm -a',
        'crictl rm -a -f',
        'crictl stats -a',
      ),
      fc.tuple(fc.constantFrom('start', 'stop', 'stop -t 1', 'rm', 'rm -f', 'inspect', 'inspect -o table', 'update --memory 1048576', 'stats', 'ps --id'), idArg).map(
        ([verb, id]) => `crictl ${verb} ${id}`,
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 8 }), async (lines) => {
        for (const line of lines) {
          const r = await run(line);
          if (line.startsWith('crictl create') && r.code === 0) ids.push(r.out.trim());
          expect(r.err).not.toMatch(JS_ERROR);
          expect(r.out).not.toMatch(JS_ERROR);
          checkInvariants(node);
        }
      }),
      { numRuns: 25 },
    );
    // The sequences did reach the plugin: containers were made along the way.
    expect(ids.length).toBeGreaterThan(0);
  });
});
