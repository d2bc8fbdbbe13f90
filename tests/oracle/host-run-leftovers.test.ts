import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pathsUnder, removeNewPaths } from './host-run-leftovers';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the oracles’ leftovers in /run', () => {
  it('removes only what appeared after the snapshot, a new directory whole', () => {
    dir = mkdtempSync(join(tmpdir(), 'leftovers-'));
    const kept = join(dir, 'containerd');
    const absent = join(dir, 'docker');
    mkdirSync(join(kept, 'fifo', '111'), { recursive: true });
    writeFileSync(join(kept, 'fifo', '111', 'a-stdin'), '');
    const before = pathsUnder([kept, absent]);
    mkdirSync(join(kept, 'fifo', '222'), { recursive: true });
    writeFileSync(join(kept, 'fifo', '222', 'b-stdout'), '');
    mkdirSync(join(kept, 'runc', 'default'), { recursive: true });
    mkdirSync(join(absent, 'plugins'), { recursive: true });
    const removed = removeNewPaths([kept, absent], before);
    expect(removed.sort()).toEqual([absent, join(kept, 'fifo', '222'), join(kept, 'runc')].sort());
    expect(existsSync(join(kept, 'fifo', '111', 'a-stdin'))).toBe(true);
    expect(existsSync(join(kept, 'runc'))).toBe(false);
    expect(existsSync(absent)).toBe(false);
  });
});
