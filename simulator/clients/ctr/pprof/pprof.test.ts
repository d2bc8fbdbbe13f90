import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../../../containerd/namespaces/test-support';
import { mkdir } from '../../../host/vfs';
import { ctr } from '../ctr-test-support';

// Checked against a real ctr 1.6.20 on a node whose config has no [debug] address (oracle 121).
describe('ctr pprof', () => {
  it("dials the debug socket as net.Dial does: empty is a missing address, a path that is there refuses", async () => {
    const node = makeTestNode();
    mkdir(node.state.host.files, '/srv/debug', { parents: true });
    const err = async (line: string) => (await ctr(node, line)).stderr;
    expect(await err('pprof heap')).toBe('ctr: Get "http://./debug/pprof/heap": dial unix /run/containerd/debug.sock: connect: no such file or directory\n');
    expect(await err('pprof --debug-socket= goroutines')).toBe('ctr: Get "http://./debug/pprof/goroutine?debug=2": dial unix: missing address\n');
    expect(await err('pprof -d /srv/debug heap')).toBe('ctr: Get "http://./debug/pprof/heap": dial unix /srv/debug: connect: connection refused\n');
  });
});
