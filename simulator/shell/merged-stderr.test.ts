// `2>&1` keeps the order in which a command wrote its two streams (merged-stderr.ts). Each
// expected text is what bash 5.2.15 on Debian bookworm prints for the same line (checked on
// this machine with the same files missing).

import { describe, expect, it } from 'vitest';
import { createSession } from './session';

const NOW = Date.UTC(2026, 11, 8, 2, 0, 0);
const NOPE = (path: string) => `ls: cannot access '${path}': No such file or directory\n`;

async function out(line: string): Promise<string> {
  const s = createSession({ seed: 5, now: () => NOW });
  return (await s.run(line)).stdout;
}

describe('2>&1 in order', () => {
  it('joins a compound command’s streams line by line, into a pipe, a file or $(…)', async () => {
    expect(await out('( echo out; echo err >&2; echo out2 ) 2>&1 | cat')).toBe('out\nerr\nout2\n');
    expect(await out('{ echo out; echo err >&2; echo out2; } 2>&1 | cat')).toBe('out\nerr\nout2\n');
    expect(await out('( ls /nonexist; echo after ) 2>&1 | cat')).toBe(`${NOPE('/nonexist')}after\n`);
    expect(await out('for i in 1 2; do echo "o$i"; ls /nope$i; done 2>&1 | cat')).toBe(`o1\n${NOPE('/nope1')}o2\n${NOPE('/nope2')}`);
    expect(await out('( echo out; echo err >&2; echo out2 ) > /tmp/o 2>&1; cat /tmp/o')).toBe('out\nerr\nout2\n');
    expect(await out('( echo o1; echo e1 >&2 ) |& cat')).toBe('o1\ne1\n');
    expect(await out('x=$( { echo a; echo b >&2; } 2>&1 ); echo "[$x]"')).toBe('[a\nb]\n');
    expect(await out('if true; then echo a; echo b >&2; fi 2>&1 | cat')).toBe('a\nb\n');
  });

  it('leaves other redirections as bash does', async () => {
    const s = createSession({ seed: 5, now: () => NOW });
    expect(await s.run('( echo out; echo err >&2 ) 2>/dev/null')).toMatchObject({ stdout: 'out\n', stderr: '' });
    expect(await s.run('( echo out; echo err >&2 ) 2>&1 >/dev/null')).toMatchObject({ stdout: 'err\n', stderr: '' });
    expect(await s.run('{ echo a; ls /x 2>/dev/null; echo b >&2; } 2>&1 | cat')).toMatchObject({ stdout: 'a\nb\n', stderr: '' });
  });

  it('writes a node program’s stderr into its stdout as it comes, and hides the marker', async () => {
    const s = createSession({ seed: 5, now: () => NOW });
    await s.run('ctr i pull docker.io/library/busybox:latest > /dev/null');
    const r = await s.run('ctr i rm docker.io/library/busybox:latest nosuch:1 2>&1 | cat');
    expect(r.stdout).toMatch(/^docker\.io\/library\/busybox:latest\ntime="[^"]+" level=warning msg="nosuch:1: image not found"\n$/);
    expect((await s.run('env 2>&1 | grep -c CTRLAB')).stdout).toBe('0\n');
    expect((await s.run('printenv | head -100 | grep -c CTRLAB')).stdout).toBe('0\n');
    expect((await s.run('echo $(ls /nope 2>&1) x')).stdout).toBe(`${NOPE('/nope').trimEnd()} x\n`);
  });
});
