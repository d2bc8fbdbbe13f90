// go-logrotate v0.1.2 as nerdctl 0.22's json-file logger uses it (the rules are in
// log-rotation.ts): numbered backups from 1, a new file at the limit, the newest max-file - 1
// backups kept (all of them with max-file=1), and a stream whose entry exceeds the limit stops.
import { describe, expect, it } from 'vitest';
import { logRotation } from './log-rotation';
import * as vfs from './vfs';

const PATH = '/var/log/c/c-json.log';
const entry = (n: number) => `{"log":"line-${String(n).padStart(2, '0')}\\n"}\n`; // 20 bytes

function setup(): vfs.Files {
  const files = {} as vfs.Files;
  vfs.writeFile(files, PATH, '', { mode: 0o600, parents: true });
  return files;
}

describe('logRotation', () => {
  it('rotates at the limit into .1, .2, … and keeps the newest max-file - 1 backups', () => {
    const files = setup();
    const rotation = logRotation({ maxBytes: 50, maxBackups: 2 });
    for (let i = 1; i <= 9; i++) rotation.write(files, PATH, entry(i), 'stdout', i * 1000);
    // Two entries (40 bytes) fit a file; a third would pass 50.
    expect(vfs.readdir(files, '/var/log/c')).toEqual(['c-json.log', 'c-json.log.3', 'c-json.log.4']);
    expect(vfs.readFile(files, PATH)).toBe(entry(9));
    expect(vfs.readFile(files, `${PATH}.4`)).toBe(entry(7) + entry(8));
    expect(files[`${PATH}.4`]?.mode).toBe(0o600);
  });

  it('keeps every backup with max-file=1 (MaxBackups 0 removes nothing)', () => {
    const files = setup();
    const rotation = logRotation({ maxBytes: 50, maxBackups: 0 });
    for (let i = 1; i <= 7; i++) rotation.write(files, PATH, entry(i), 'stdout', i * 1000);
    expect(vfs.readdir(files, '/var/log/c')).toEqual(['c-json.log', 'c-json.log.1', 'c-json.log.2', 'c-json.log.3']);
  });

  it('a new logger counts from 1 again and rotates at open when the file is already full', () => {
    const files = setup();
    vfs.writeFile(files, PATH, 'x'.repeat(40), { mode: 0o600 });
    vfs.writeFile(files, `${PATH}.1`, 'older', { mode: 0o600 });
    const rotation = logRotation({ maxBytes: 50, maxBackups: 3 });
    rotation.write(files, PATH, entry(1), 'stdout', 5000);
    expect(vfs.readFile(files, `${PATH}.1`)).toBe('x'.repeat(40));
    expect(vfs.readFile(files, PATH)).toBe(entry(1));
  });

  it('an entry longer than the limit stops that stream only', () => {
    const files = setup();
    const rotation = logRotation({ maxBytes: 25, maxBackups: 1 });
    expect(rotation.write(files, PATH, `{"log":"${'y'.repeat(30)}"}\n`, 'stderr', 1000)).toBe(false);
    expect(rotation.write(files, PATH, entry(1), 'stderr', 2000)).toBe(false);
    expect(rotation.write(files, PATH, entry(2), 'stdout', 3000)).toBe(true);
    expect(vfs.readFile(files, PATH)).toBe(entry(2));
  });
});
