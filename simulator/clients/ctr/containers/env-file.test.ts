// --env-file and --mount are read while the spec is built, after the container's snapshot was
// prepared: the texts and snapshot ids below are the real ctr 1.6.20's (oracle set D).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const BB = 'docker.io/library/busybox:latest';

async function session() {
  let t = Date.UTC(2026, 10, 28, 5, 14, 0);
  const s = createSession({ seed: 7, now: () => (t += 7) });
  await s.run(`ctr -n d i pull ${BB}`);
  return s;
}

/** The metadata id the next snapshot gets, read from the error of a view on an active parent. */
async function nextSnapshotId(s: Awaited<ReturnType<typeof session>>, key: string): Promise<string> {
  const r = await s.run(`ctr -n d snapshots prepare ${key}; ctr -n d snapshots view v-${key} ${key}`);
  return /"d\/(\d+)\//.exec(r.stderr)?.[1] ?? r.stderr;
}

describe('ctr run --env-file', () => {
  it('names a missing file, a directory and a path through a file as os.Open and the scanner do', async () => {
    const s = await session();
    const run = (file: string) => s.run(`ctr -n d run --env-file ${file} ${BB} e1 true`);
    expect(await run('/tmp/none')).toEqual({ stdout: '', stderr: 'ctr: open /tmp/none: no such file or directory\n', exitCode: 1 });
    expect((await run('/tmp')).stderr).toBe('ctr: read /tmp: is a directory\n');
    expect((await run('/etc/hostname/x')).stderr).toBe('ctr: open /etc/hostname/x: not a directory\n');
  });

  it('fails after the snapshot: a duplicate id wins, and a snapshot id is used up', async () => {
    const s = await session();
    await s.run(`ctr -n d run ${BB} e1 true`);
    const dup = await s.run(`ctr -n d run --env-file /tmp/none ${BB} e1 true`);
    expect(dup.stderr).toBe('ctr: snapshot "e1": already exists\n');
    const before = Number(await nextSnapshotId(s, 'p1'));
    await s.run(`ctr -n d c create --env-file /tmp/none ${BB} e2 true`);
    await s.run(`ctr -n d run --mount garbage ${BB} e3 true`);
    // p1 and its failed view, then one id each for e2 and e3.
    expect(Number(await nextSnapshotId(s, 'p2'))).toBe(before + 4);
    expect((await s.run('ctr -n d snapshots ls | grep -c e[23]')).stdout).toBe('0\n');
  });

  it('reports the env file before a bad --mount, as WithEnvFile comes first', async () => {
    const s = await session();
    const r = await s.run(`ctr -n d run --env-file /tmp/none --mount garbage ${BB} e1 true`);
    expect(r.stderr).toBe('ctr: open /tmp/none: no such file or directory\n');
  });
});

describe('ctr run --env-file lines', () => {
  it('hands every line to WithEnv: `#c=4` is a variable, blank lines and `# note` unset nothing', async () => {
    const s = await session();
    await s.run(`printf 'X=1\\n# note\\n\\n#c=4\\r\\n' > /tmp/f.env`);
    const r = await s.run(`ctr -n d run --rm --env-file /tmp/f.env ${BB} e1 env`);
    expect(r.stdout.split('\n').filter((l) => /^(X|#)/.test(l))).toEqual(['X=1', '#c=4']);
  });
});
