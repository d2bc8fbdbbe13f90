import { describe, expect, it } from 'vitest';
import { canonical, responseType } from './cri-client';

describe('canonical', () => {
  const type = responseType('RuntimeService', 'ContainerStatus');

  it('puts a decoded message and a protobuf-JSON object in the same shape', () => {
    const fromJson = canonical(type, { status: { id: 'c', state: 'CONTAINER_RUNNING', createdAt: '1787000000123456789', labels: { b: '2', a: '1' } } });
    const decoded = type.decode(type.encode(type.fromObject({ status: { id: 'c', state: 1, createdAt: '1787000000123456789', labels: { a: '1', b: '2' } } })).finish());
    expect(canonical(type, decoded)).toEqual(fromJson);
    expect(Object.keys((fromJson.status as { labels: object }).labels)).toEqual(['a', 'b']);
  });

  it('fills proto3 defaults (the zero enum by name) and leaves unset messages out', () => {
    const status = canonical(type, { status: { id: 'c' } }).status as Record<string, unknown>;
    expect(status.state).toBe('CONTAINER_CREATED');
    expect(status.exitCode).toBe(0);
    expect(status.startedAt).toBe('0');
    expect(status.mounts).toEqual([]);
    expect(status).not.toHaveProperty('metadata');
  });

  it('keeps 64-bit times exact and shows bytes as text', () => {
    expect((canonical(type, { status: { createdAt: '1787000000123456789' } }).status as { createdAt: string }).createdAt).toBe('1787000000123456789');
    const exec = responseType('RuntimeService', 'ExecSync');
    const decoded = exec.decode(exec.encode(exec.fromObject({ stdout: Buffer.from('hi\n'), exitCode: 3 })).finish());
    expect(canonical(exec, decoded)).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 3 });
    // The simulator's ExecSyncResponse carries text, not base64.
    expect(canonical(exec, { stdout: 'héllo\n', stderr: 'err\n', exitCode: 1 })).toEqual({ stdout: 'héllo\n', stderr: 'err\n', exitCode: 1 });
  });
});
