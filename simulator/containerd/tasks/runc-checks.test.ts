import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../namespaces/test-support';
import { ContainerdError, isInvalidArgument } from '../../errdefs/errdefs';
import { newContainer } from '../containers/new-container';
import { addTestImage, containerOpts } from '../containers/test-image';
import { checkCwd, parseMountOptions, processEnv } from './runc-checks';
import { startNewTask } from './tasks';
import { execProcess } from './exec';
import { killTask } from './kill';
import { parseSignal } from '../../host/signals';
import { checkShimBinary } from './shim-binary';
import { remove as removeSnapshot } from '../snapshots/snapshots';

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a throw');
}

function setup(over: Parameters<typeof containerOpts>[1]) {
  const node = makeTestNode();
  addTestImage(node, 'default', 'docker.io/library/busybox:latest');
  newContainer(node, 'default', containerOpts('m1', { args: ['true'], ...over }));
  return node;
}

const start = (node: ReturnType<typeof makeTestNode>) => () => startNewTask(node, 'default', 'm1', { stdin: undefined });

describe('runc checks', () => {
  it('parses mount options into flags and data as runc does', () => {
    expect(parseMountOptions(['ro'])).toEqual({ flags: 0x1, data: '' });
    expect(parseMountOptions(['rbind', 'ro', 'rprivate'])).toEqual({ flags: 0x5001, data: '' });
    expect(parseMountOptions(['bogus', 'size=1m', 'rw'])).toEqual({ flags: 0, data: 'bogus,size=1m' });
  });
  it('wants an absolute cwd and env entries with a name', () => {
    expect(checkCwd('/tmp')).toBeUndefined();
    expect(checkCwd('relative')).toBe('Cwd must be an absolute path');
    expect(processEnv(['A=1', 'NOEQUALS', 'B='])).toEqual({ env: ['A=1', 'B='] });
    expect(processEnv(['=x'])).toEqual({ error: 'environment variable name can\'t be empty: "=x"' });
  });
  it('fails a bind type without the bind flag at mount(2), and a missing source at stat', () => {
    const noFlag = thrown(start(setup({ mounts: [{ type: 'bind', source: '/tmp', destination: '/x', options: ['ro'] }] })));
    expect(noFlag instanceof ContainerdError && noFlag.errClass).toBe('unknown');
    expect(noFlag.message).toContain('error mounting "/tmp" to rootfs at "/x": mount /tmp:/x (via /proc/self/fd/6), flags: 0x1: no such device');
    const missing = thrown(start(setup({ mounts: [{ type: 'bind', source: '/nonexist', destination: '/x', options: ['rbind'] }] })));
    expect(missing.message).toContain('stat /nonexist: no such file or directory');
    expect(() => start(setup({ mounts: [{ type: 'bind', source: '/tmp', destination: '/x', options: ['rbind', 'bogus'] }] }))()).not.toThrow();
  });
  it('fails a mount of no type or an unknown type at mount(2), through its /proc/self/fd path', () => {
    const untyped = thrown(start(setup({ mounts: [{ type: '', source: '/tmp', destination: '', options: ['ro'] }] })));
    expect(untyped.message).toContain('error mounting "/tmp" to rootfs at "": mount /tmp: (via /proc/self/fd/6), flags: 0x1: no such device');
    const sourceless = thrown(start(setup({ mounts: [{ type: '', source: '', destination: '/x' }] })));
    expect(sourceless.message).toContain('error mounting "" to rootfs at "/x": mount /x (via /proc/self/fd/6): no such device');
    const nfs = thrown(start(setup({ mounts: [{ type: 'nfs', source: '/tmp', destination: '/x' }] })));
    expect(nfs.message).toContain('mount /tmp:/x (via /proc/self/fd/6): no such device');
  });
  it('refuses a relative cwd and a cwd below a file when the task starts', () => {
    expect(thrown(start(setup({ cwd: 'relative' }))).message).toBe(
      'failed to create shim task: OCI runtime create failed: runc create failed: Cwd must be an absolute path: unknown',
    );
    expect(thrown(start(setup({ cwd: '/etc/passwd/x' }))).message).toContain('mkdir /etc/passwd: not a directory');
  });
  it('refuses a rootfs propagation runc does not know, before the cwd; takes the ones it does', () => {
    expect(thrown(start(setup({ rootfsPropagation: 'bogus', cwd: 'relative' }))).message).toBe(
      'failed to create shim task: OCI runtime create failed: runc create failed: rootfsPropagation=bogus is not supported: unknown',
    );
    for (const value of ['shared', 'rslave', 'private', 'runbindable']) expect(start(setup({ rootfsPropagation: value }))).not.toThrow();
  });
  it('rejects a container id that is no identifier', () => {
    const node = makeTestNode();
    addTestImage(node, 'default', 'docker.io/library/busybox:latest');
    const err = thrown(() => newContainer(node, 'default', containerOpts('bad id!')));
    expect(isInvalidArgument(err)).toBe(true);
    expect(err.message).toMatch(/^create container failed validation: container\.ID: identifier "bad id!" must match/);
  });
  it('parses signals as moby does and leaves unknown numbers to runc', () => {
    expect(parseSignal('RTMIN+1').number).toBe(35);
    expect(parseSignal('sigrtmax').number).toBe(64);
    expect(parseSignal('-9').number).toBe(-9);
    expect(thrown(() => parseSignal('0')).message).toBe('invalid signal: 0');
    const node = setup({ args: ['sleep', '100'] });
    start(node)();
    expect(thrown(() => killTask(node, 'default', 'm1', parseSignal('65'))).message).toBe(
      'unknown error after kill: runc did not terminate successfully: exit status 1: unable to signal init: invalid argument\n: unknown',
    );
    const bad = thrown(() => execProcess(node, 'default', 'm1', { execId: 'bad id', args: ['true'], cwd: '', terminal: false, stdin: undefined }));
    expect(isInvalidArgument(bad) && bad.message.startsWith('invalid exec id bad id: identifier "bad id" must match')).toBe(true);
  });
  it('finds shims the way containerd resolves runtime names', () => {
    const node = makeTestNode();
    expect(() => checkShimBinary(node, 'io.containerd.runc.v1')).not.toThrow();
    expect(thrown(() => checkShimBinary(node, 'bogus')).message).toMatch(/^failed to start shim: failed to resolve runtime path: invalid runtime name bogus,/);
    expect(thrown(() => checkShimBinary(node, 'io.containerd.foo.v1')).message).toBe(
      'failed to start shim: failed to resolve runtime path: runtime "io.containerd.foo.v1" binary not installed "containerd-shim-foo-v1": file does not exist: unknown',
    );
  });
  it('needs the container snapshot before anything starts', () => {
    const node = setup({});
    removeSnapshot(node, 'default', 'overlayfs', 'm1');
    expect(thrown(start(node)).message).toBe('snapshot m1 does not exist: not found');
  });
});
