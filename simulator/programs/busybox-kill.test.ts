// kill_main's argument handling, each expectation taken from Debian's busybox-static 1.35
// (`busybox kill …` on the host, the build the real node's busybox image carries).

import { describe, expect, it } from 'vitest';
import { busyboxKill, busyboxSigname, busyboxSignum, type KillOutcome } from './busybox-kill';

function run(args: string[], live: number[] = [1, 7]) {
  const sent: Array<[number, number]> = [];
  const result = busyboxKill(args, 'kill: ', (pid, signal): KillOutcome => {
    if (!live.includes(pid)) return 'no-such-process';
    sent.push([pid, signal]);
    return 'sent';
  });
  const text = (stream: string) => result.out.filter((c) => c.stream === stream).map((c) => c.text).join('');
  return { sent, status: result.status, stdout: text('stdout'), stderr: text('stderr') };
}

describe('busybox kill_main', () => {
  it('knows names with or without SIG in any case, numbers below 65, IO and IOT', () => {
    expect([busyboxSignum('sigterm'), busyboxSignum('Hup'), busyboxSignum('io'), busyboxSignum('IOT'), busyboxSignum('64'), busyboxSignum('EXIT')]).toEqual([15, 1, 29, 6, 64, 0]);
    expect([busyboxSignum('65'), busyboxSignum('RTMIN'), busyboxSignum('CLD'), busyboxSignum('')]).toEqual([undefined, undefined, undefined, undefined]);
    expect([busyboxSigname(29), busyboxSigname(0), busyboxSigname(40)]).toEqual(['POLL', 'EXIT', '40']);
  });

  it('lists and translates with -l, stopping at the first unknown operand', () => {
    expect(run(['-l']).stdout.split('\n').slice(-4, -1)).toEqual(['29) POLL', '30) PWR', '31) SYS']);
    expect(run(['-l', '0', '129', 'sigterm', '40'])).toMatchObject({ stdout: 'EXIT\nHUP\n15\n40\n', status: 0 });
    expect(run(['-l', '1', 'xyz', '2'])).toEqual({ sent: [], stdout: 'HUP\n', stderr: "kill: unknown signal 'xyz'\n", status: 1 });
    expect(run(['-l', '4294967296']).stderr).toBe("kill: unknown signal '4294967296'\n");
  });

  it('takes -SIG, -s SIG and --, and has no -n', () => {
    expect(run(['-9', '7']).sent).toEqual([[7, 9]]);
    expect(run(['-s', 'USR1', '7']).sent).toEqual([[7, 10]]);
    expect(run(['--', '7']).sent).toEqual([[7, 15]]);
    expect(run(['-n', '9', '7'])).toMatchObject({ stderr: "kill: bad signal name 'n'\n", status: 1, sent: [] });
    expect(run(['-s'])).toMatchObject({ stderr: "kill: bad signal name 's'\n", status: 1 });
    expect(run(['-70', '1']).stderr).toBe("kill: bad signal name '70'\n");
    expect(run(['-0']).stderr).toBe('kill: you need to specify whom to kill\n');
    expect(run([]).stderr).toBe('kill: you need to specify whom to kill\n');
  });

  it('counts the PIDs it failed on, reads them as strtol does, and skips an empty operand', () => {
    expect(run(['']).status).toBe(0);
    expect(run([' '])).toMatchObject({ stderr: "kill: invalid number ''\n", status: 1 });
    expect(run(['999999 999998'])).toMatchObject({
      stderr: "kill: can't kill pid 999999: No such process\nkill: can't kill pid 999998: No such process\n",
      status: 2,
    });
    expect(run(['12,']).stderr).toBe("kill: invalid number '12,'\n");
    expect(run(['99999999999']).stderr).toBe("kill: invalid number '99999999999'\n");
    expect(run(['0099999']).stderr).toBe("kill: can't kill pid 99999: No such process\n");
    expect(run([' 1 7', '8'])).toMatchObject({ sent: [[1, 15], [7, 15]], status: 1 });
  });
});
