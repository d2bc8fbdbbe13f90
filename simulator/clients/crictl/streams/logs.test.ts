// `crictl logs` (cri-tools v1.26.0 cmd/crictl/logs.go:33-130) reading the file containerd
// 1.6.20 writes, through kubelet's ReadLogs as vendored there
// (vendor/k8s.io/kubernetes/pkg/kubelet/kuberuntime/logs/logs.go:283-420): stdout lines to
// stdout, stderr lines to stderr, --tail, -t (RFC3339NanoFixed), --since, --limit-bytes,
// -p (logs.go:99-107) and -f until the container exits.

import { describe, expect, it } from 'vitest';
import { crictlNode } from './test-support';
import { tailStart } from './read-logs';
import { parseSince } from '../../../go/docker-timestamp';

const LOOP = ['sh', '-c', 'echo hello; echo oops >&2; while true; do echo tick; sleep 1; done'];
/**
 * A fixed wall clock: what the loop has printed by each command then depends on the node's time
 * alone, not on how long the test machine took between them (on a loaded machine a second could
 * pass between the start and the first `crictl logs`, and a second tick was read).
 */
const FIXED = () => Date.UTC(2026, 11, 7, 1, 0, 0);

describe('crictl logs', () => {
  it('prints the log by stream, and what was printed since as time passes', async () => {
    const { s, start } = await crictlNode(11, FIXED);
    const id = (await start('main', LOOP)).slice(0, 13);
    expect(await s.run(`crictl logs ${id}`)).toEqual({ stdout: 'hello\ntick\n', stderr: 'oops\n', exitCode: 0 });
    await s.run('sleep 2');
    expect((await s.run(`crictl logs ${id}`)).stdout).toBe('hello\ntick\ntick\ntick\n');
    expect((await s.run(`crictl logs --tail 2 ${id}`)).stdout).toBe('tick\ntick\n');
    expect((await s.run(`crictl logs --tail 0 ${id}`)).stdout).toBe('');
    // logs.go:238-241: the bytes limit cuts across streams, "hello\n" then "oo".
    expect(await s.run(`crictl logs --limit-bytes 8 ${id}`)).toEqual({ stdout: 'hello\n', stderr: 'oo', exitCode: 0 });
  });

  it('prefixes -t timestamps with nine fraction digits, from the file', async () => {
    const { s, start } = await crictlNode();
    const id = await start('main', ['sh', '-c', 'echo one']);
    const file = (await s.run('cat /tmp/pods/web/main.log')).stdout;
    const stamp = file.split(' ')[0] as string;
    const out = (await s.run(`crictl logs -t ${id}`)).stdout;
    expect(out).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{9}Z one\n$/);
    expect(Date.parse(out.split(' ')[0] as string)).toBe(Date.parse(stamp));
  });

  it('skips lines older than --since (a time, or a duration back from now)', async () => {
    const { s, start } = await crictlNode(11, FIXED);
    const id = await start('main', LOOP);
    await s.run('sleep 4.5');
    const stamps = (await s.run('cat /tmp/pods/web/main.log')).stdout.split('\n').map((l) => l.split(' ')[0]);
    expect((await s.run(`crictl logs --since ${stamps[4]} ${id}`)).stdout).toBe('tick\ntick\ntick\n');
    // A duration counts back from now in whole seconds (strconv.FormatInt(…Unix())).
    expect((await s.run(`crictl logs --since 3s ${id}`)).stdout).toMatch(/^(tick\n){3,4}$/);
    expect(await s.run(`crictl logs --since yesterday ${id}`)).toMatchObject({ stdout: '', exitCode: 1 });
    expect((await s.run(`crictl logs --since yesterday ${id}`)).stderr).toContain('failed to parse value as time or duration: \\"yesterday\\"');
  });

  it('reads the previous attempt with -p, by logs.go\'s path rule', async () => {
    const { s, start } = await crictlNode();
    const first = await start('main', ['sh', '-c', 'echo first']);
    const err = await s.run(`crictl logs -p ${first}`);
    expect(err.exitCode).toBe(1);
    expect(err.stderr).toContain('Previous terminated container main not found');
    await s.run('mkdir -p /tmp/pods/web/again');
    const second = await start('again', ['sh', '-c', 'echo second'], { metadata: { name: 'again', attempt: 1 }, logPath: 'again/1.log' });
    // The attempt-1 file beside it: <dir>/0.log.
    await s.run(`printf '2026-12-04T10:00:00.5Z stdout F earlier\\n' > /tmp/pods/web/again/0.log`);
    expect((await s.run(`crictl logs -p ${second}`)).stdout).toBe('earlier\n');
  });

  it('fails like ReadLogs on a missing file and a container without a log path', async () => {
    const { s, start } = await crictlNode();
    const id = await start('main', ['sh', '-c', 'echo x']);
    await s.run('rm /tmp/pods/web/main.log');
    const missing = await s.run(`crictl logs ${id}`);
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain('failed to try resolving symlinks in path \\"/tmp/pods/web/main.log\\": lstat /tmp/pods/web/main.log: no such file or directory');
    const none = await start('nolog', ['true'], { logPath: '' });
    expect((await s.run(`crictl logs ${none}`)).stderr).toContain('The container has not set log path');
    expect((await s.run('crictl logs')).stderr).toContain('ID cannot be empty');
  });

  it('follows with -f until the container exits', async () => {
    const { s, start } = await crictlNode();
    const id = await start('main', ['sh', '-c', 'echo a; sleep 2; echo b; sleep 2; echo c']);
    expect(await s.run(`crictl logs -f ${id}`)).toEqual({ stdout: 'a\nb\nc\n', stderr: '', exitCode: 0 });
    // It returned once the container had exited (ReadLogs stops when ContainerStatus says so).
    expect(s.node.state.cri.containers[id]?.state).toBe('CONTAINER_EXITED');
  });
});

describe('ReadLogs pieces', () => {
  it('finds where the last N lines start, as pkg/util/tail does', () => {
    expect(tailStart('a\nb\nc\n', 1)).toBe(4);
    expect(tailStart('a\nb\nc\n', 3)).toBe(0);
    expect(tailStart('a\nb\nc\n', 0)).toBe(6);
    expect(tailStart('a\nb\nc\n', -1)).toBe(0);
  });

  it('parses --since as docker GetTimestamp does (timestamp.go:29-105)', () => {
    const now = Date.UTC(2026, 11, 4, 12, 0, 0);
    expect(parseSince('42m', now)).toEqual({ ok: true, since: { seconds: now / 1000 - 42 * 60, nanos: 0 } });
    expect(parseSince('2013-01-02T13:23:37', now)).toEqual({ ok: true, since: { seconds: Date.UTC(2013, 0, 2, 13, 23, 37) / 1000, nanos: 0 } });
    expect(parseSince('2013-01-02T13:23:37.5+01:00', now)).toEqual({ ok: true, since: { seconds: Date.UTC(2013, 0, 2, 12, 23, 37) / 1000, nanos: 500_000_000 } });
    expect(parseSince('1700000000.25', now)).toEqual({ ok: true, since: { seconds: 1_700_000_000, nanos: 250_000_000 } });
    expect(parseSince('nope', now)).toEqual({ ok: false, error: 'failed to parse value as time or duration: "nope"' });
    expect(parseSince('2013-13-02', now)).toEqual({ ok: false, error: 'parsing time "2013-13-02": month out of range' });
    expect(parseSince('2023-02-29T10:00', now)).toEqual({ ok: false, error: 'parsing time "2023-02-29T10:00": day out of range' });
    expect(parseSince('x-1', now)).toEqual({ ok: false, error: 'parsing time "x-1" as "2006-01-02": cannot parse "x-1" as "2006"' });
  });
});
