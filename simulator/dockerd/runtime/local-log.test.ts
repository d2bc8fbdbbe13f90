import { describe, expect, it } from 'vitest';
import * as vfs from '../../host/vfs';
import { localFrame, localLogRotation, localSettings, readLocalEntries } from './local-log';

// moby v20.10.24 daemon/logger/local, as a real dockerd 20.10.24 showed it
// (tests/oracle/docker/scripts/53-log-drivers.sh).
const PATH = '/var/lib/docker/containers/c/local-logs/container.log';
const entry = (line: string, stream = 'stdout', time = '2026-12-06T17:01:06.783875199Z') => `${JSON.stringify({ log: `${line}\n`, stream, time })}\n`;

function writeLines(config: Record<string, string>, lines: readonly string[]): vfs.Files {
  const files: vfs.Files = {};
  vfs.writeFile(files, PATH, '', { mode: 0o640, parents: true });
  const rotation = localLogRotation(localSettings(config));
  for (const line of lines) rotation.write(files, PATH, entry(line), 'stdout', 0);
  return files;
}

describe('the local log driver', () => {
  it('frames each entry as a protobuf LogEntry between two big-endian sizes, byte for byte', () => {
    // The first 29 bytes of a real local-logs/container.log after `echo a` (od -t x1).
    const real = [0, 0, 0, 0x15, 0x0a, 6, ...new TextEncoder().encode('stdout'), 0x10, 0x81, 0x9e, 0xba, 0xf1, 0xe2, 0xfd, 0xad, 0xf7, 0x18, 0x1a, 1, 0x61, 0, 0, 0, 0x15];
    expect([...vfs.binaryToBytes(localFrame(entry('a', 'stdout', '2026-12-06T16:45:34.972309249Z')))]).toEqual(real);
  });

  it('reads back what it wrote: line, stream and the time to the nanosecond', () => {
    const files: vfs.Files = {};
    vfs.writeFile(files, PATH, localFrame(entry('a')) + localFrame(entry('b', 'stderr', '2026-12-06T17:01:06.8Z')) + localFrame(entry('')), { parents: true });
    expect(readLocalEntries(files, PATH, 1)).toEqual([
      { log: 'a\n', stream: 'stdout', time: '2026-12-06T17:01:06.783875199Z' },
      { log: 'b\n', stream: 'stderr', time: '2026-12-06T17:01:06.8Z' },
      { log: '\n', stream: 'stdout', time: '2026-12-06T17:01:06.783875199Z' },
    ]);
  });

  it('rotates as json-file does, gzipping by default: 100 lines with 1k and 2 files leave 15 to read', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line-${i}-${'x'.repeat(36)}`);
    const files = writeLines({ 'max-size': '1k', 'max-file': '2' }, lines);
    expect(vfs.readdir(files, vfs.dirname(PATH)).sort()).toEqual(['container.log', 'container.log.1.gz']);
    const read = readLocalEntries(files, PATH, 2).map((e) => e.log.trim());
    expect(read.length).toBe(15);
    expect(read[0]).toBe(lines[85]);
  });

  it('max-size=0 rotates before every entry; max-file=1 with compress off starts over', () => {
    const files = writeLines({ 'max-size': '0', 'max-file': '3' }, ['1', '2', '3', '4', '5']);
    expect(readLocalEntries(files, PATH, 3).map((e) => e.log)).toEqual(['3\n', '4\n', '5\n']);
    const one = writeLines({ 'max-size': '100', 'max-file': '1', compress: 'false' }, ['1', '2', '3', '4', '5']);
    expect(readLocalEntries(one, PATH, 1).map((e) => e.log)).toEqual(['5\n']);
  });

  it('words its option errors as New and validateConfig do', () => {
    expect(() => localSettings({ 'max-size': 'abc' })).toThrow("invalid value for max-size: abc: invalid size: 'abc'");
    expect(() => localSettings({ 'max-size': '-1' })).toThrow("invalid value for max-size: -1: invalid size: '-1'");
    expect(() => localSettings({ 'max-file': 'x' })).toThrow('invalid value for max-file: x: strconv.Atoi: parsing "x": invalid syntax');
    expect(() => localSettings({ compress: 'maybe' })).toThrow('error reading compress log option: strconv.ParseBool: parsing "maybe": invalid syntax');
    expect(() => localSettings({ 'max-file': '1' })).toThrow('compression cannot be enabled when max file count is 1');
    expect(() => localSettings({ 'max-file': '0' })).toThrow('compression cannot be enabled when max file count is 1');
    expect(() => localSettings({ 'max-file': '-1', compress: 'false' })).toThrow('max file count cannot be less than 0');
    expect(localSettings({})).toEqual({ capacity: 20 * 1024 * 1024, maxFiles: 5, compress: true });
  });
});
