import { describe, expect, it } from 'vitest';
import { ContainerdError, notFound } from './errdefs';
import { grpcCodeName, rpcStatusText } from './grpc-status';

describe('grpcCodeName', () => {
  it('names the gRPC code each class travels as (errdefs/grpc.go ToGRPC)', () => {
    expect(grpcCodeName('not found')).toBe('NotFound');
    expect(grpcCodeName('invalid argument')).toBe('InvalidArgument');
    expect(grpcCodeName('deadline exceeded')).toBe('DeadlineExceeded');
    expect(grpcCodeName('unknown')).toBe('Unknown');
  });
});

describe('rpcStatusText', () => {
  it('prints the status as grpc-go status.Error() does', () => {
    expect(rpcStatusText(notFound('task t1'))).toBe('rpc error: code = NotFound desc = task t1: not found');
    expect(rpcStatusText(new ContainerdError('unavailable', 'connection error'))).toBe(
      'rpc error: code = Unavailable desc = connection error',
    );
  });
});
