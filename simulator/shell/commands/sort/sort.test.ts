import { describe, expect, it } from 'vitest';
import { createSession } from '../../session';

// Each line was run with the real /usr/bin/sort (GNU coreutils 9.1, Debian bookworm) under
// LC_ALL=C.UTF-8; the stdout, stderr and exit status recorded there are what the node must give.
const RECORDED: ReadonlyArray<readonly [string, string, string, number]> = [
  ["printf 'm:latest\\nm2:latest\\njson\\nVERSION\\n_x\\nabc\\nABC\\nb\\n\\n a\\n\\tz\\n' | sort", "\n\tz\n a\nABC\nVERSION\n_x\nabc\nb\njson\nm2:latest\nm:latest\n", "", 0],
  ["printf 'm:latest\\nm2:latest\\njson\\nVERSION\\n_x\\nabc\\n' | sort -r", "m:latest\nm2:latest\njson\nabc\n_x\nVERSION\n", "", 0],
  ["printf 'B\\nb\\na\\nA\\n_\\n' | sort -f", "A\na\nB\nb\n_\n", "", 0],
  ["printf 'B\\nb\\na\\nA\\n' | sort -fu", "a\nB\n", "", 0],
  ["printf 'b\\n_x\\n a\\n' | sort -d", " a\nb\n_x\n", "", 0],
  ["printf '10\\n9\\n-1\\n1.5\\n  3\\nabc\\n-0\\n0\\n1e3\\n+5\\n.5\\n-.5\\n007\\n' | sort -n", "-1\n-.5\n+5\n-0\n0\nabc\n.5\n1e3\n1.5\n  3\n007\n9\n10\n", "", 0],
  ["printf '10\\n9\\n-1\\n1.5\\n0\\n-0\\n' | sort -nru", "10\n9\n1.5\n0\n-1\n", "", 0],
  ["printf 'nan\\ninf\\n-inf\\n0x10\\n1e2\\nabc\\n-3\\n 4\\n1.5e1\\n' | sort -g", "abc\nnan\n-inf\n-3\n 4\n1.5e1\n0x10\n1e2\ninf\n", "", 0],
  ["printf '1K\\n2M\\n512\\n1G\\n1.5K\\n-1K\\n0K\\n3k\\n' | sort -h", "-1K\n0K\n512\n1K\n1.5K\n3k\n2M\n1G\n", "", 0],
  ["printf 'a 3 x\\nb 1 y\\nc 2 x\\nd 10 y\\ne 1 x\\n' | sort -k2n", "b 1 y\ne 1 x\nc 2 x\na 3 x\nd 10 y\n", "", 0],
  ["printf 'a 3 x\\nb 1 y\\nc 2 x\\nd 10 y\\ne 1 x\\n' | sort -k3,3 -k2,2nr", "a 3 x\nc 2 x\ne 1 x\nd 10 y\nb 1 y\n", "", 0],
  ["printf 'root:x:0:0\\nbin:x:2:2\\ndaemon:x:1:1\\nzed:x:10:10\\n' | sort -t: -k3n", "root:x:0:0\ndaemon:x:1:1\nbin:x:2:2\nzed:x:10:10\n", "", 0],
  ["printf 'root:x:0:0\\nbin:x:2:2\\ndaemon:x:1:1\\n' | sort -t: -k1.2,1.3", "daemon:x:1:1\nbin:x:2:2\nroot:x:0:0\n", "", 0],
  ["printf '  x b\\n x a\\nx c\\n' | sort -k1,1", "  x b\n x a\nx c\n", "", 0],
  ["printf '  x b\\n x a\\nx c\\n' | sort -k1b,1", "  x b\n x a\nx c\n", "", 0],
  ["printf 'nginx-1.10.tar.gz\\nnginx-1.9.tar.gz\\nnginx-1.9~rc1.tar.gz\\n.hidden\\n..\\n.\\nv2\\nv10\\nv1.2.10\\nv1.2.3\\n' | sort -V", ".\n..\n.hidden\nnginx-1.9~rc1.tar.gz\nnginx-1.9.tar.gz\nnginx-1.10.tar.gz\nv1.2.3\nv1.2.10\nv2\nv10\n", "", 0],
  ["printf 'Feb\\njan\\nDEC\\nfoo\\n  mar\\n' | sort -M", "foo\njan\nFeb\n  mar\nDEC\n", "", 0],
  ["printf 'b 1\\na 2\\nb 0\\na 1\\n' | sort -s -k1,1", "a 2\na 1\nb 1\nb 0\n", "", 0],
  ["printf 'b 1\\na 2\\nb 0\\na 1\\n' | sort -u -k1,1", "a 2\nb 1\n", "", 0],
  ["printf 'a\\nc\\nb\\n' | sort -c", "", "sort: -:3: disorder: b\n", 1],
  ["printf 'c\\nb' | sort", "b\nc\n", "", 0],
  ["printf 'é\\ne\\nz\\nÉ\\n日本\\n' | sort", "e\nz\nÉ\né\n日本\n", "", 0],
  ["printf '10.5.0.1\\n10.5.0.10\\n10.5.0.2\\n' | sort -t. -k4,4n", "10.5.0.1\n10.5.0.2\n10.5.0.10\n", "", 0],
  ["sort -k0", "", "sort: field number is zero: invalid field specification ‘0’\n", 2],
  ["sort -t ab", "", "sort: multi-character tab ‘ab’\n", 2],
  ["sort -gn", "", "sort: options '-gn' are incompatible\n", 2],
  ["sort --s", "", "sort: option '--s' is ambiguous; possibilities: '--sort' '--stable'\nTry 'sort --help' for more information.\n", 2],
  ["sort missing", "", "sort: cannot read: missing: No such file or directory\n", 2],
];

describe('sort as GNU sort 9.1 under C.UTF-8', () => {
  it.each(RECORDED)('%s', async (line, stdout, stderr, exitCode) => {
    const s = createSession({ seed: 1, now: () => Date.UTC(2026, 10, 28) });
    const r = await s.run(line);
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout, stderr, exitCode });
  });

  it('writes -o to a file it also reads, and reads several files as one input', async () => {
    const s = createSession({ seed: 1, now: () => Date.UTC(2026, 10, 28) });
    await s.run("printf 'b\\na\\n' > f && printf 'c\\n0' > g && sort -o f f g");
    expect((await s.run('cat f')).stdout).toBe('0\na\nb\nc\n');
  });
});
