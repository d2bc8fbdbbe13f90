// A save is untrusted input: a corpus of forged saves (injection in every string field, absurd
// numbers, prototype keys, deep nesting, oversized values), each refused before anything of it
// is used, and nothing of it ever run. Values that are data (a variable's value, a history
// line) may hold any text: they restore as that text and still run nothing.

import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from './session';
import { MAX_LINE_CHARS, MAX_NODE_TEXT_CHARS, MAX_VALUE_CHARS, restoreSaved } from './saved-session';

const NOW = Date.UTC(2026, 10, 28, 5, 14, 0);
const INJECTION = 'X=1; echo INJECTED >&2; touch /root/pwned; Y';

/** A save as JSON gives it back: any field may be set to anything. */
type Json = Record<string, any>;

let base: Json;

beforeAll(async () => {
  const s = createSession({ seed: 11, now: () => NOW });
  for (const line of [
    'ctr i pull docker.io/library/busybox:latest',
    'ctr run -d docker.io/library/busybox:latest c1 sleep 1000',
    'ctr ns create team',
    'mkdir -p /root/work && cd /root/work && echo hello > notes.txt',
    'export GREETING=hi; COLOR=blue',
  ]) {
    const r = await s.run(line);
    if (r.exitCode !== 0) throw new Error(`${line}: ${r.stderr}`);
  }
  base = JSON.parse(JSON.stringify(s.save())) as Json;
});

/** A copy of the valid save with `change` applied; through JSON, as storage gives it back. */
function forge(change: (saved: Json) => void): Json {
  const copy = JSON.parse(JSON.stringify(base)) as Json;
  change(copy);
  return JSON.parse(JSON.stringify(copy)) as Json;
}

/** Sets an own property even for `__proto__`, as JSON.parse would. */
function setOwn(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/** The save with a record at `key` in `records` renamed to `name` (key and its id field). */
function renamed(records: Json, key: string, name: string, idField?: string): void {
  const record = records[key] as Json;
  delete records[key];
  if (idField) record[idField] = name;
  setOwn(records, name, record);
}

const ns = (s: Json) => s.node.containerd.namespaces.default as Json;
const task = (s: Json) => ns(s).tasks.c1 as Json;

/** Nested objects `depth` deep, built without recursion. */
function nested(depth: number): Json {
  let v: Json = { leaf: true };
  for (let i = 0; i < depth; i++) v = { next: v };
  return v;
}

const FORGERIES: Record<string, (s: Json) => void> = {
  'a variable name that is shell code': (s) => (s.env[INJECTION] = '1'),
  'a variable name with a command substitution': (s) => (s.env['$(touch /root/pwned)'] = '1'),
  'an exported name that is shell code': (s) => (s.exported = [...s.exported, 'A; touch /root/pwned']),
  'exported names that are not a list': (s) => (s.exported = 'GREETING'),
  'variables that are not strings': (s) => (s.env.COLOR = { toString: 'x' }),
  'a variable value over its bound': (s) => (s.env.BIG = 'x'.repeat(MAX_VALUE_CHARS + 1)),
  'more variables than a save keeps': (s) => {
    for (let i = 0; i < 1100; i++) s.env[`V${i}`] = '1';
  },
  'a cwd with an escape sequence': (s) => (s.cwd = '/root/\u001b]0;owned\u0007'),
  'a cwd with a newline': (s) => (s.cwd = '/root\necho INJECTED'),
  'a relative cwd': (s) => (s.cwd = 'root'),
  'a cwd that is not normalised': (s) => (s.cwd = '/root/../etc'),
  'a cwd that is not a string': (s) => (s.cwd = ['/root']),
  'a history line with a NUL': (s) => (s.history = ['echo a\u0000b']),
  'a history line over the line limit': (s) => (s.history = ['x'.repeat(MAX_LINE_CHARS + 1)]),
  'history that is not text': (s) => (s.history = [{ line: 'ls' }]),
  'a namespace named __proto__': (s) => renamed(s.node.containerd.namespaces, 'team', '__proto__'),
  'a namespace name with a space': (s) => renamed(s.node.containerd.namespaces, 'team', 'a b'),
  'a namespace name with an escape sequence': (s) => renamed(s.node.containerd.namespaces, 'team', 'a\u001b[31m'),
  'a namespace name over 76 characters': (s) => renamed(s.node.containerd.namespaces, 'team', 'a'.repeat(77)),
  'a container id that is shell code': (s) => {
    renamed(ns(s).containers, 'c1', 'c1;touch /root/pwned', 'id');
    renamed(ns(s).tasks, 'c1', 'c1;touch /root/pwned', 'containerId');
  },
  'a container id __proto__': (s) => {
    renamed(ns(s).containers, 'c1', '__proto__', 'id');
    renamed(ns(s).tasks, 'c1', '__proto__', 'containerId');
  },
  'an image name with an escape sequence': (s) => renamed(ns(s).images, 'docker.io/library/busybox:latest', 'busybox\u001b[2J', 'name'),
  'a file path with an escape sequence': (s) => renamed(s.node.host.files, '/root/work/notes.txt', '/root/\u001b[2Jx'),
  'a relative file path': (s) => renamed(s.node.host.files, '/root/work/notes.txt', 'root/x'),
  'a file path with ..': (s) => renamed(s.node.host.files, '/root/work/notes.txt', '/root/../etc/x'),
  'a file path __proto__': (s) => renamed(s.node.host.files, '/root/work/notes.txt', '__proto__'),
  'a hostname with an escape sequence': (s) => (s.node.host.hostname = 'node1\u001b[31m'),
  'a PID of 9007199254708536': (s) => (task(s).init.pid = 9007199254708536),
  'a PID above pid_max': (s) => (task(s).init.pid = 4_194_305),
  'a next PID of 1e20': (s) => (s.node.host.nextPid = 1e20),
  'an image of 1e300 bytes': (s) => (ns(s).images['docker.io/library/busybox:latest'].target.size = 1e300),
  'a blob of negative size': (s) => {
    const blob = Object.values(s.node.containerd.blobs as Json)[0] as Json;
    blob.size = -5;
  },
  'a task started at 1e308': (s) => (task(s).init.programState.startedAtMs = 1e308),
  'a task created in year 0001': (s) => (task(s).createdAt = '0001-01-01T00:00:00Z'),
  'a creation time that is not a time': (s) => (ns(s).containers.c1.createdAt = 'yesterday'),
  'an mtime of -1e300': (s) => (s.node.host.files['/root/work/notes.txt'].mtimeMs = -1e300),
  'a snapshot of 1e300 bytes': (s) => {
    const snaps = ns(s).snapshots.overlayfs as Json;
    (Object.values(snaps)[0] as Json).size = 1e300;
  },
  'a clock offset of 1e300': (s) => (s.node.clockOffsetMs = 1e300),
  'a random state that is not a 32-bit number': (s) => (s.node.random.s = 1.5),
  'a __proto__ key in an OCI spec': (s) => setOwn(ns(s).containers.c1.spec.linux, '__proto__', { polluted: true }),
  'a __proto__ key in an event': (s) => setOwn(s.node.containerd.events[0].event, '__proto__', { polluted: true }),
  'a __proto__ unit': (s) => setOwn(s.node.host.units, '__proto__', { active: true, enabled: true, installed: true }),
  'a __proto__ blob': (s) => setOwn(s.node.containerd.blobs, '__proto__', { digest: '__proto__', size: 1, mediaType: 'x' }),
  'nesting 1,000 deep in an OCI spec': (s) => (ns(s).containers.c1.spec.linux = nested(1000)),
  'nesting 40 deep in an event': (s) => (s.node.containerd.events[0].event = nested(40)),
};

describe('forged saves', () => {
  it('restores the valid save they are made from', async () => {
    const s = createSession({ now: () => NOW, saved: base, rejectDamagedSave: true });
    expect(s.prompt()).toBe('root@node1:~/work# ');
    expect((await s.run('echo $GREETING $COLOR; cat notes.txt; ctr ns ls -q')).stdout).toBe('hi blue\nhello\ndefault\nteam\n');
  });

  it.each(Object.entries(FORGERIES))('refuses %s, without running anything', async (_, change) => {
    const forged = forge(change);
    expect(restoreSaved(forged)).toBeUndefined();
    expect(() => createSession({ now: () => NOW, saved: forged, rejectDamagedSave: true })).toThrow('the saved session cannot be restored');
    // Without rejectDamagedSave the forged save gives a fresh node, and nothing of it ran.
    const s = createSession({ now: () => NOW, saved: forged });
    const r = await s.run('echo ok; test -e /root/pwned && echo PWNED');
    expect(r.stdout + r.stderr).toBe('ok\n');
    expect(s.prompt()).toBe('root@node1:~# ');
  });

  it('refuses the same forgeries in the node text that storage holds', () => {
    for (const change of Object.values(FORGERIES)) {
      const forged = forge(change);
      expect(restoreSaved({ ...forged, node: JSON.stringify(forged.node) })).toBeUndefined();
    }
  });

  it('refuses JSON text nested deeper than any parser stack, and a node text over its bound', () => {
    const deep = `{"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(restoreSaved({ ...base, node: deep })).toBeUndefined();
    expect(restoreSaved({ ...base, node: ' '.repeat(MAX_NODE_TEXT_CHARS + 1) })).toBeUndefined();
  });

  it('restores values and history lines that hold shell code as text, and runs none of it', async () => {
    const forged = forge((s) => {
      s.env.COLOR = "'; touch /root/pwned; echo INJECTED; '";
      s.env.OTHER = '$(touch /root/pwned)`touch /root/pwned`';
      s.history = ['touch /root/pwned; echo INJECTED'];
    });
    const s = createSession({ now: () => NOW, saved: forged, rejectDamagedSave: true });
    const r = await s.run('printf "%s\\n" "$COLOR" "$OTHER"; test -e /root/pwned && echo PWNED');
    expect(r.stdout).toBe("'; touch /root/pwned; echo INJECTED; '\n$(touch /root/pwned)`touch /root/pwned`\n");
    expect(r.stderr).toBe('');
    expect(s.history()[0]).toBe('touch /root/pwned; echo INJECTED');
  });

  it('leaves a variable the shell manages itself to the shell', async () => {
    const s = createSession({ now: () => NOW, saved: forge((saved) => (saved.env.PWD = '/etc')), rejectDamagedSave: true });
    expect((await s.run('echo $PWD $GREETING')).stdout).toBe('/root/work hi\n');
  });

  it('starts in HOME when the saved cwd no longer exists, as a login would', async () => {
    for (const cwd of ['/nonexistent', '/root/work/notes.txt', '/tmp/$(touch /root/pwned)']) {
      const s = createSession({ now: () => NOW, saved: forge((saved) => (saved.cwd = cwd)), rejectDamagedSave: true });
      expect(s.prompt()).toBe('root@node1:~# ');
      expect((await s.run('pwd; test -e /root/pwned && echo PWNED')).stdout).toBe('/root\n');
    }
  });

  it('keeps the newest history lines, as bash reads a longer history file', () => {
    const restored = restoreSaved(forge((s) => (s.history = Array.from({ length: 800 }, (_, i) => `: ${i}`))));
    expect(restored?.history).toHaveLength(500);
    expect(restored?.history.at(-1)).toBe(': 799');
  });
});
