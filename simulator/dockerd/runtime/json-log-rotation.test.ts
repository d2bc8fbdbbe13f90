import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'fflate';
import * as vfs from '../../host/vfs';
import { jsonFileSettings, verifyJsonFileLogOpts } from './json-log-options';
import { jsonLogRotation, rotatedLogText } from './json-log-rotation';

// moby v20.10.24 loggerutils/logfile.go and jsonfilelog.go, as a real dockerd 20.10.24 showed them
// (tests/oracle/docker/scripts/52-log-options.sh).
const PATH = '/var/lib/docker/containers/c/c-json.log';
const entry = (i: number) => `{"log":"line-${i}\\n","stream":"stdout","time":"2026-12-06T10:00:00.1Z"}\n`;

function writeLines(config: Record<string, string>, n: number): vfs.Files {
  const files: vfs.Files = {};
  vfs.writeFile(files, PATH, '', { mode: 0o640, parents: true });
  const rotation = jsonLogRotation(jsonFileSettings(config));
  for (let i = 0; i < n; i++) rotation.write(files, PATH, entry(i), 'stdout', 0);
  return files;
}

const lines = (text: string) => text.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { log: string }).log.trim());
const logNames = (files: vfs.Files) => vfs.readdir(files, vfs.dirname(PATH)).sort();

describe('the json-file log rotation', () => {
  const size = entry(0).length;

  it('rotates before an entry once the file has reached max-size, keeping max-file files', () => {
    // Three entries reach 3*size >= capacity: each file holds three.
    const files = writeLines({ 'max-size': String(2 * size + 1), 'max-file': '3' }, 10);
    expect(logNames(files)).toEqual(['c-json.log', 'c-json.log.1', 'c-json.log.2']);
    expect(lines(vfs.readFile(files, PATH))).toEqual(['line-9']);
    expect(lines(rotatedLogText(files, PATH, 3))).toEqual(['line-3', 'line-4', 'line-5', 'line-6', 'line-7', 'line-8']);
  });

  it('with max-file 1 the file starts over', () => {
    const files = writeLines({ 'max-size': String(2 * size) }, 5);
    expect(logNames(files)).toEqual(['c-json.log']);
    expect(lines(vfs.readFile(files, PATH))).toEqual(['line-4']);
  });

  it('gzips the rotated files with compress, and a reader inflates them', () => {
    const files = writeLines({ 'max-size': String(size), 'max-file': '3', compress: 'true' }, 4);
    expect(logNames(files)).toEqual(['c-json.log', 'c-json.log.1.gz', 'c-json.log.2.gz']);
    const one = vfs.binaryToText(vfs.bytesToBinary(gunzipSync(vfs.binaryToBytes(vfs.readFile(files, `${PATH}.1.gz`)))));
    expect(lines(one)).toEqual(['line-2']);
    expect(lines(rotatedLogText(files, PATH, 3))).toEqual(['line-1', 'line-2']);
  });

  it('a new logger counts from the size the file already has', () => {
    const files = writeLines({ 'max-size': String(3 * size), 'max-file': '2' }, 2);
    const again = jsonLogRotation(jsonFileSettings({ 'max-size': String(3 * size), 'max-file': '2' }));
    again.write(files, PATH, entry(7), 'stdout', 0);
    again.write(files, PATH, entry(8), 'stdout', 0);
    expect(lines(vfs.readFile(files, PATH))).toEqual(['line-8']);
    expect(lines(vfs.readFile(files, `${PATH}.1`))).toEqual(['line-0', 'line-1', 'line-7']);
  });
});

describe('the json-file options', () => {
  it('refuses an unknown key at create', () => {
    expect(() => verifyJsonFileLogOpts({ tag: 'x', foo: 'bar' })).toThrow("unknown log opt 'foo' for json-file log driver");
    expect(() => verifyJsonFileLogOpts({ 'max-size': '1k', 'max-file': '2', compress: 'true', labels: '', 'labels-regex': '', env: '', 'env-regex': '', tag: '' })).not.toThrow();
  });

  it('reads the values as New does, with its errors', () => {
    expect(jsonFileSettings({ 'max-size': '1.5k', 'max-file': '+2', compress: '1' })).toEqual({ capacity: 1500, maxFiles: 2, compress: true });
    expect(jsonFileSettings({})).toEqual({ capacity: -1, maxFiles: 1, compress: false });
    expect(() => jsonFileSettings({ 'max-size': 'abc' })).toThrow("invalid size: 'abc'");
    expect(() => jsonFileSettings({ 'max-size': '0' })).toThrow('max-size must be a positive number');
    expect(() => jsonFileSettings({ 'max-file': '0' })).toThrow('max-file cannot be less than 1');
    expect(() => jsonFileSettings({ 'max-file': 'x' })).toThrow('strconv.Atoi: parsing "x": invalid syntax');
    expect(() => jsonFileSettings({ 'max-file': '99999999999999999999' })).toThrow('strconv.Atoi: parsing "99999999999999999999": value out of range');
    expect(() => jsonFileSettings({ compress: 'maybe' })).toThrow('strconv.ParseBool: parsing "maybe": invalid syntax');
    expect(() => jsonFileSettings({ compress: 'true', 'max-file': '2' })).toThrow('compress cannot be true when max-file is less than 2 or max-size is not set');
  });
});
