// The streams commands that wait for Ctrl-C, on a watched terminal where the node runs in real
// time: `crictl port-forward` (cri-tools v1.26.0 cmd/crictl/portforward.go:33-119, client-go
// portforward.go:188-236 and 292: `Forwarding from …` per address, then blocking until
// SetupInterruptSignalHandler's channel closes, exit 0) and `crictl logs -f` (logs.go:108-128:
// Ctrl-C cancels the read and its "context cancelled" error is silenced, exit 0).

import { describe, expect, it } from 'vitest';
import { until, watched } from '../../../shell/test-support';
import { crictlNode, POD_ID } from './test-support';
import { parsePorts } from './port-forward';

describe('crictl port-forward', () => {
  it('forwards from both loopback addresses until Ctrl-C, then exits 0', async () => {
    const { s } = await crictlNode();
    const seen: string[] = [];
    const line = s.run(`crictl port-forward ${POD_ID.slice(0, 8)} 8080:80`, watched(seen));
    await until(() => seen.join('').includes('[::1]'));
    expect(seen.join('')).toBe('Forwarding from 127.0.0.1:8080 -> 80\nForwarding from [::1]:8080 -> 80\n');
    await s.interrupt('SIGINT');
    const r = await line;
    expect(r.exitCode).toBe(0);
  });

  it('says so where nothing could end it, and parses ports as client-go does', async () => {
    const { s } = await crictlNode();
    const r = await s.run(`crictl port-forward ${POD_ID} 80`);
    expect(r.stdout).toBe('Forwarding from 127.0.0.1:80 -> 80\nForwarding from [::1]:80 -> 80\n');
    expect(r.stderr).toContain('is not simulated here');
    expect(r.exitCode).toBe(1);
    const bad = await s.run(`crictl port-forward ${POD_ID} x:80`);
    expect(bad.stderr).toContain(`msg="port forward: error parsing local port 'x': strconv.ParseUint: parsing \\"x\\": invalid syntax"`);
    expect(parsePorts(['8080:80', ':5000', '1:2:3'])).toBe("invalid port format '1:2:3'");
    expect(parsePorts(['8080:0'])).toBe('remote port must be > 0');
    expect(parsePorts(['70000'])).toBe("error parsing local port '70000': strconv.ParseUint: parsing \"70000\": value out of range");
    expect(parsePorts(['8080:80', ':5000'])).toEqual([
      { local: 8080, remote: 80 },
      { local: 0, remote: 5000 },
    ]);
    expect((await s.run('crictl port-forward ffff 80')).stderr).toContain(
      'port forward: rpc error: code = NotFound desc = failed to find sandbox \\"ffff\\": not found',
    );
  });
});

describe('crictl exec on a watched terminal', () => {
  it('shows the output at its moments and reports the exit as crictl 1.26 does', async () => {
    const { s, start } = await crictlNode();
    const id = await start('main', ['sleep', '100000']);
    const seen: string[] = [];
    const r = await s.run(`crictl exec ${id} sh -c 'echo one; sleep 0.2; echo two; exit 3'`, watched(seen));
    expect(seen.join('')).toContain('one\ntwo\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('command terminated with exit code 3');
  });
});

describe('crictl logs -f', () => {
  it('shows lines as they are written and stops at Ctrl-C with exit 0', async () => {
    const { s, start } = await crictlNode();
    const id = await start('main', ['sh', '-c', 'while true; do echo tick; sleep 0.1; done']);
    const seen: string[] = [];
    const line = s.run(`crictl logs -f ${id}`, watched(seen));
    await until(() => seen.join('').split('tick').length > 4);
    await s.interrupt('SIGINT');
    const r = await line;
    expect(r.exitCode).toBe(0);
    expect(seen.join('')).toMatch(/^(tick\n)+$/);
  });
});
