import { describe, expect, it } from 'vitest';
import { failedPrecondition, invalidArgument, notFound } from '../errdefs/errdefs';
import { asGrpcStatus } from './errgrpc';

describe('asGrpcStatus', () => {
  it('prints the status code and the wrapped message as grpc-go does', () => {
    expect((asGrpcStatus(failedPrecondition('namespace is required')) as Error).message).toBe(
      'rpc error: code = FailedPrecondition desc = namespace is required: failed precondition',
    );
    expect((asGrpcStatus(invalidArgument('namespace validation: identifier "x y" must match')) as Error).message).toBe(
      'rpc error: code = InvalidArgument desc = namespace validation: identifier "x y" must match: invalid argument',
    );
    expect((asGrpcStatus(notFound('task t1')) as Error).message).toBe('rpc error: code = NotFound desc = task t1: not found');
  });

  it('leaves errors that are not containerd errors alone', () => {
    const bug = new TypeError('x is undefined');
    expect(asGrpcStatus(bug)).toBe(bug);
  });
});
