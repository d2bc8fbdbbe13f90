// Names that are also Object.prototype's (constructor, toString, __proto__, …) are names like
// any other on the node: a namespace, container, image tag, lease, snapshot, variable or file
// so named is created, listed and removed as `demo` would be, and survives a save. Where the
// tool's own rule refuses the name (containerd's identifiers refuse `__proto__`), it is refused
// with the same words as any other name that breaks the rule.

import { describe, expect, it } from 'vitest';
import { createSession } from './session';

const NOW = Date.UTC(2026, 10, 28, 5, 14, 0);
const NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'];
/** Names containerd's identifiers.Validate accepts (namespaces, container ids). */
const IDENTIFIERS = NAMES.filter((n) => n !== '__proto__');

async function node() {
  const s = createSession({ seed: 3, now: () => NOW, frozenClock: true });
  const pull = await s.run('ctr i pull docker.io/library/busybox:latest');
  expect(pull.exitCode).toBe(0);
  return s;
}

/** Runs `line` and returns stdout, failing on a nonzero exit or an internal error. */
async function ok(s: Awaited<ReturnType<typeof node>>, line: string): Promise<string> {
  const r = await s.run(line);
  expect(r.stderr, line).not.toMatch(/internal simulator error/);
  expect(r.exitCode, `${line}: ${r.stderr}`).toBe(0);
  return r.stdout;
}

describe('names shared with Object.prototype', () => {
  it.each(IDENTIFIERS)('a namespace named %s', async (name) => {
    const s = await node();
    await ok(s, `ctr ns create ${name}`);
    expect(await ok(s, 'ctr ns ls -q')).toContain(`${name}\n`);
    expect(await ok(s, `ctr -n ${name} i ls -q`)).toBe('');
    await ok(s, `ctr ns rm ${name}`);
    expect(await ok(s, 'ctr ns ls -q')).not.toContain(name);
  });

  it.each(IDENTIFIERS)('a container and task named %s', async (name) => {
    const s = await node();
    await ok(s, `ctr c create docker.io/library/busybox:latest ${name} sleep 100`);
    expect(await ok(s, 'ctr c ls -q')).toBe(`${name}\n`);
    expect(await ok(s, `ctr c info ${name}`)).toContain(`"ID": "${name}"`);
    await ok(s, `ctr t start -d ${name}`);
    expect(await ok(s, 'ctr t ls')).toMatch(new RegExp(`^${name} +\\d+ +RUNNING`, 'm'));
    await ok(s, `ctr t kill -s SIGKILL ${name}`);
    await s.run(`ctr t rm -f ${name}`);
    await ok(s, `ctr c rm ${name}`);
    expect(await ok(s, 'ctr c ls -q')).toBe('');
  });

  it('refuses __proto__ as a namespace or container id in the words it uses for any bad identifier', async () => {
    const s = await node();
    for (const [line, other] of [
      ['ctr ns create __proto__', 'ctr ns create bad!name'],
      ['ctr c create docker.io/library/busybox:latest __proto__', 'ctr c create docker.io/library/busybox:latest bad!name'],
    ] as const) {
      const r = await s.run(line);
      const expected = await s.run(other);
      expect(r.exitCode).toBe(expected.exitCode);
      expect(r.stderr).toBe(expected.stderr.replaceAll('bad!name', '__proto__'));
    }
    // Looked up, it is missing like any other name, never found on Object.prototype.
    const info = await s.run('ctr c info __proto__');
    expect(info.stderr).toBe('ctr: container "__proto__" in namespace "default": not found\n');
  });

  it.each(NAMES)('an image tag %s', async (name) => {
    const s = await node();
    const pull = await s.run(`ctr i pull docker.io/library/busybox:${name}`);
    expect(pull.stderr).toBe(
      `ctr: failed to resolve reference "docker.io/library/busybox:${name}": docker.io/library/busybox:${name}: not found\n`,
    );
    await ok(s, `ctr i tag docker.io/library/busybox:latest ${name}`);
    expect(await ok(s, 'ctr i ls -q')).toContain(`${name}\n`);
    await ok(s, `ctr i rm ${name}`);
    expect(await ok(s, 'ctr i ls -q')).toBe('docker.io/library/busybox:latest\n');
  });

  it.each(NAMES)('a lease and a snapshot named %s', async (name) => {
    const s = await node();
    await ok(s, `ctr leases create --id ${name}`);
    expect(await ok(s, 'ctr leases ls -q')).toBe(`${name}\n`);
    await ok(s, `ctr leases rm ${name}`);
    expect(await ok(s, 'ctr leases ls -q')).toBe('');
    await ok(s, `ctr snapshots prepare ${name}`);
    expect(await ok(s, 'ctr snapshots ls')).toMatch(new RegExp(`^${name} `, 'm'));
    await ok(s, `ctr snapshots rm ${name}`);
    expect(await ok(s, 'ctr snapshots ls')).not.toMatch(new RegExp(`^${name} `, 'm'));
  });

  it.each(NAMES)('a variable named %s, from line to line', async (name) => {
    const s = await node();
    await ok(s, `${name}=5`);
    expect(await ok(s, `echo "[$${name}]"`)).toBe('[5]\n');
    await ok(s, `export ${name}=7`);
    expect(await ok(s, `echo "[$${name}]"`)).toBe('[7]\n');
    expect(await ok(s, 'env')).toContain(`\n${name}=7\n`);
    await ok(s, `unset ${name}`);
    expect(await ok(s, `echo "[$${name}]"`)).toBe('[]\n');
  });

  it.each(NAMES)('a file and a directory named %s', async (name) => {
    const s = await node();
    await ok(s, `echo hi > ${name}; mkdir /tmp/${name}`);
    expect(await ok(s, `cat ${name}; ls; ls /tmp`)).toBe(`hi\n${name}\n${name}\n`);
    await ok(s, `rm ${name}; rmdir /tmp/${name}`);
    expect(await ok(s, 'ls; ls /tmp')).toBe('');
  });

  it('keeps every such name across a save', async () => {
    const s = await node();
    for (const name of NAMES) {
      await ok(s, `ctr i tag docker.io/library/busybox:latest ${name}; echo ${name} > /root/${name}; export ${name}=v-${name}`);
    }
    for (const name of IDENTIFIERS) await ok(s, `ctr ns create ${name}; ctr c create docker.io/library/busybox:latest ${name}`);
    const restored = createSession({ now: () => NOW, saved: JSON.parse(JSON.stringify(s.save())) as unknown, rejectDamagedSave: true });
    for (const name of NAMES) {
      expect(await ok(restored, `cat /root/${name}; echo $${name}`)).toBe(`${name}\nv-${name}\n`);
    }
    expect((await ok(restored, 'ctr i ls -q')).split('\n').filter(Boolean).sort()).toEqual(
      ['docker.io/library/busybox:latest', ...NAMES].sort(),
    );
    expect(await ok(restored, 'ctr c ls -q')).toBe(`${[...IDENTIFIERS].sort().join('\n')}\n`);
    expect((await ok(restored, 'ctr ns ls -q')).split('\n').filter(Boolean).sort()).toEqual(['default', ...IDENTIFIERS].sort());
  });
});
