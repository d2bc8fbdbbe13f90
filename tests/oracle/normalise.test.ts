import { describe, expect, it } from 'vitest';
import { normaliseOutput } from './normalise';
import { retable } from './retable';

const at = { atMs: Date.parse('2026-12-05T04:00:10Z'), startMs: Date.parse('2026-12-05T04:00:00Z') };

describe('normaliseOutput', () => {
  it('writes a time as its distance from the line, so a wrong expiry still differs', () => {
    const line = (t: string) => normaliseOutput('ctr leases ls', `x containerd.io/gc.expire=${t}\n`, at);
    expect(line('2026-12-05T05:00:09Z')).toBe(line('2026-12-05T05:00:11Z'));
    expect(line('2026-12-05T05:00:09Z')).not.toBe(line('2026-12-05T04:30:09Z'));
    expect(normaliseOutput('ctr c info x', '"CreatedAt": "2026-12-05T04:00:03.12345Z"', at)).toBe('"CreatedAt": "<time now.f Z>"');
    // Before the script: a fixed date, compared as written.
    expect(normaliseOutput('x', '2023-06-01T00:00:00Z', at)).toBe('2023-06-01T00:00:00Z');
  });

  it('re-pads the PID column of ctr t ps and t ls, and keeps a wrongly padded table as it is', () => {
    const real = 'PID        INFO\n1234567    -\n';
    const sim = 'PID     INFO\n1234    -\n';
    expect(normaliseOutput('ctr t ps x', real, at)).toBe(normaliseOutput('ctr t ps x', sim, at));
    expect(normaliseOutput('ctr t ps x', 'PID  INFO\n1234  -\n', at)).toBe('PID  INFO\n1234  -\n');
    const ls = (text: string) => normaliseOutput('ctr t ls', text, at);
    const real6 = 'TASK    PID       STATUS\nb       123456    RUNNING\na       99        STOPPED\n';
    const sim2 = 'TASK    PID    STATUS\na       12     STOPPED\nb       13     RUNNING\n';
    expect(ls(real6)).toBe(ls(sim2));
    expect(ls('TASK    PID       STATUS\na       12        STOPPED\n')).not.toBe(ls('TASK    PID    STATUS\na       12     STOPPED\n'));
  });

  it("sorts the rows of each plugin's Exports block, a Go map ctr ranges over", () => {
    const block = (rows: string[]) => `Type:          io.containerd.gc.v1\nID:            scheduler\nExports:      \n${rows.join('')}                                         \n`;
    const a = block(['               MutationThreshold      100\n', '               ScheduleDelay          0s\n']);
    const b = block(['               ScheduleDelay          0s\n', '               MutationThreshold      100\n']);
    expect(normaliseOutput('ctr plugins ls -d', a)).toBe(normaliseOutput('ctr plugins ls -d', b));
    expect(normaliseOutput('ctr plugins ls -d', a)).not.toBe(normaliseOutput('ctr plugins ls -d', block(['               MutationThreshold      101\n', '               ScheduleDelay          0s\n'])));
  });

  it('sorts the ids of ctr t ls -q, which the task manager gives in map order', () => {
    expect(normaliseOutput('ctr tasks list --quiet', 'r5\nr4\ndb\n')).toBe('db\nr4\nr5\n');
    expect(normaliseOutput('ctr t ls -q', 'b\na\n')).toBe('a\nb\n');
    expect(normaliseOutput('ctr t ls', 'b\na\n')).toBe('b\na\n');
  });

  it("hides only a goroutine frame's heap argument in a Go panic trace", () => {
    const trace = (arg: string) => `panic: provided file is not a console\n\ngoroutine 1 [running]:\nmain.glob..func11(${arg})\n\tstart.go:86 +0x265\n`;
    expect(normaliseOutput('ctr t start -d x', trace('0xc0000b4f20'), at)).toBe(normaliseOutput('ctr t start -d x', trace('0xc00013ac60'), at));
    expect(normaliseOutput('x', '+0x265\n', at)).toBe('+0x265\n');
    expect(normaliseOutput('x', trace('0x5'), at)).not.toBe(normaliseOutput('x', trace('0x6'), at));
    const run = (a: string, b: string) => `github.com/urfave/cli.(*App).RunAsSubcommand(${a}, ${b})\n`;
    expect(normaliseOutput('x', run('0xc0003b2700', '0xc00013a840'), at)).toBe(normaliseOutput('x', run('0xc0003ae700', '0xc00013a9a0'), at));
    expect(normaliseOutput('x', 'HandleAction({0x11526c0?, 0x1312158?}, 0x5?)\n', at)).toBe('HandleAction({0x11526c0?, 0x1312158?}, 0x5?)\n');
  });

  it('matches containerd lease ids (nanoseconds, then base64url) and orders their rows', () => {
    expect(normaliseOutput('ctr leases create', '4821-a_-Z\n', at)).toBe('LEASE\n');
    const ls = 'ID             CREATED AT           LABELS\n987654321-AbCd 2026-12-05T04:00:05Z -\n';
    expect(normaliseOutput('ctr leases ls', ls, at)).toBe('ID    CREATED AT   LABELS\nLEASE <time now Z> -\n');
  });

  it('sorts label lists only where ctr prints a Go map', () => {
    expect(normaliseOutput('ctr snapshots label k b=2,a=1', 'b=2,a=1\n', at)).toBe('a=1,b=2\n');
    expect(normaliseOutput('ctr c info k', 'b=2,a=1\n', at)).toBe('b=2,a=1\n');
    // A key may begin with a space (`--label ' s=1'`); a fresh-clone CI met both orders.
    const a = normaliseOutput('ctr -n f c label l1 a=', ' s=1,k=true,io.containerd.image.config.stop-signal=SIGTERM\n', at);
    expect(normaliseOutput('ctr -n f c label l1 a=', ' s=1,io.containerd.image.config.stop-signal=SIGTERM,k=true\n', at)).toBe(a);
  });

  it('keeps numbers of metrics error messages', () => {
    expect(normaliseOutput('ctr t metrics m1', 'ctr: container "m1" in namespace "default": not found 404\n', at)).toContain('404');
    expect(normaliseOutput('ctr t metrics m1', 'memory.usage_in_bytes    123456    \n', at)).toBe('memory.usage_in_bytes N\n');
  });

  it('maps ctr temporary mounts and the real node directories to a stock node', () => {
    const real = { ...at, nodeDir: '/tmp/ctrlab-oracle-abc' };
    expect(normaliseOutput('x', '/tmp/ctrlab-oracle-abc/root/io.containerd.content.v1.content /tmp/containerd-mount123', real)).toBe(
      '/var/lib/containerd/io.containerd.content.v1.content /tmp/containerd-mountN',
    );
  });

  it('hides the random directory of an exec\'s fifos, not the exec id after it', () => {
    const text = 'ctr: failed to open stdin fifo: error creating fifo /run/containerd/fifo/1491428643/a/b-stdin: no such file or directory\n';
    expect(normaliseOutput('ctr t exec --exec-id a/b w3 true', text, at)).toContain('/run/containerd/fifo/N/a/b-stdin:');
  });
});

describe('retable', () => {
  it('gives back the text when the rewrite changes nothing', () => {
    const t = 'ID x CREATED AT LABELS\n';
    expect(retable(t, { minwidth: 1, padding: 1, header: ['ID', 'CREATED AT', 'LABELS'] }, (c) => c)).toBe(t);
  });
});

describe('content ls', () => {
  it('compares an age and its tab padding as AGE, the digests, sizes and sorted labels as written', () => {
    const real = `DIGEST\t\tSIZE\tAGE\t\t\tLABELS\nsha256:${'a'.repeat(64)}\t1B\t2 seconds\t\tb=2,a=1\n`;
    const sim = `DIGEST\t\tSIZE\tAGE\t\t\t\tLABELS\nsha256:${'a'.repeat(64)}\t1B\tLess than a second\ta=1,b=2\n`;
    expect(normaliseOutput('ctr content ls', real, at)).toBe(normaliseOutput('ctr content ls', sim, at));
    expect(normaliseOutput('ctr content ls', real, at)).not.toBe(normaliseOutput('ctr content ls', sim.replace('1B', '2B'), at));
  });
});

describe('runc refusing a memory limit', () => {
  it("compares the kernel's usage counters as N and the limit as written", () => {
    const msg = (limit: number, usage: number) => `unable to set memory limit to ${limit} (current usage: ${usage}, peak usage: ${usage + 9}): unknown\n`;
    expect(normaliseOutput('ctr run', msg(1048576, 2256896), at)).toBe(normaliseOutput('ctr run', msg(1048576, 2334720), at));
    expect(normaliseOutput('ctr run', msg(1048576, 1), at)).not.toBe(normaliseOutput('ctr run', msg(1048577, 1), at));
  });
});
