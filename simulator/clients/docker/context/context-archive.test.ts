// The context archive against the bytes the real docker 20.10.24 client wrote for
// `docker context export c1` (c1: --docker host=tcp://1.2.3.4:2375 --description "my ctx"):
// 1536 bytes, meta.json's header checksum 011030, tls's 007716, no end-of-archive blocks.
// The whole export/import flow is compared with the real client in
// tests/oracle/docker/scripts/26-context-export.sh.

import { describe, expect, it } from 'vitest';
import { CliError } from '../../../cli/cli-error';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { writeTar } from '../../../host/tar';
import { exportArchive, importArchive } from './context-archive';

const C1 = { Name: 'c1', Metadata: { Description: 'my ctx' }, Endpoints: { docker: { Host: 'tcp://1.2.3.4:2375', SkipTLSVerify: false } } };

describe('docker context archives', () => {
  it('exports meta.json and tls/ as the real client does, header for header', () => {
    const tar = exportArchive(C1);
    expect(tar.length).toBe(1536);
    expect(tar.slice(0, 9)).toBe('meta.json');
    expect(tar.slice(100, 108)).toBe('0000644\0');
    expect(tar.slice(124, 136)).toBe('00000000174\0');
    expect(tar.slice(148, 156)).toBe('011030\0 ');
    expect(tar.slice(512, 512 + 124)).toBe('{"Name":"c1","Metadata":{"Description":"my ctx"},"Endpoints":{"docker":{"Host":"tcp://1.2.3.4:2375","SkipTLSVerify":false}}}');
    expect(tar.slice(1024, 1028)).toBe('tls\0');
    expect(tar.slice(1024 + 100, 1024 + 108)).toBe('0000700\0');
    expect(tar.slice(1024 + 148, 1024 + 156)).toBe('007716\0 ');
  });

  it('imports under the new name, from an archive with or without its end blocks', () => {
    expect(importArchive(exportArchive(C1), 'c2')).toEqual({ ...C1, Name: 'c2' });
    expect(importArchive(`${exportArchive(C1)}${'\0'.repeat(1024)}`, 'c2').Name).toBe('c2');
  });

  it('fails as the real import does', () => {
    const failure = (archive: string) => {
      try {
        importArchive(archive, 'x');
      } catch (err) {
        return err instanceof CliError ? err.message : err instanceof NotSimulatedError ? 'not simulated' : String(err);
      }
      return 'imported';
    };
    expect(failure('')).toBe('invalid context: no metadata found');
    expect(failure('hello\n')).toBe('unexpected EOF');
    expect(failure(writeTar([{ name: 'other.txt', kind: 'file', content: 'x', mode: 0o644 }]))).toBe('other.txt: unexpected context file');
    expect(failure(writeTar([{ name: 'meta.json', kind: 'file', content: 'nope', mode: 0o644 }]))).toBe("invalid character 'n' looking for beginning of value");
    expect(failure(writeTar([{ name: 'meta.json', kind: 'file', content: '{}', mode: 0o644 }, { name: 'tls/docker/ca.pem', kind: 'file', content: 'x', mode: 0o600 }]))).toBe('not simulated');
    expect(failure('PK\u0003\u0004rest')).toBe('not simulated');
  });
});
