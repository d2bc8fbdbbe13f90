import { describe, expect, it } from 'vitest';
import { makeTestNode, thrown } from '../namespaces/test-support';
import { isAlreadyExists, isFailedPrecondition, isInvalidArgument, isNotFound } from '../../errdefs/errdefs';
import { newContainer } from '../containers/new-container';
import { addTestImage, containerOpts } from '../containers/test-image';
import { busyboxRootfs } from '../../registry/catalogue/rootfs-busybox';
import { execProcess } from './exec';
import { killTask, resumeAndDeliver } from './kill';
import { parseSignal } from '../../host/signals';
import { deleteTask, findTask, getTask, pauseTask, resumeTask, startNewTask, taskPids, taskStatus } from './tasks';

function setup(args: string[], extraFiles = {}) {
  const node = makeTestNode();
  addTestImage(node, 'default', 'docker.io/library/busybox:latest', { files: { ...busyboxRootfs(1000), ...extraFiles } });
  newContainer(node, 'default', containerOpts('t1', { args }));
  return node;
}

const later = (node: ReturnType<typeof makeTestNode>, ms: number) => void (node.state.clockOffsetMs += ms);

describe('tasks service', () => {
  it('gives the init process a host PID from nextPid and keeps it after exit', () => {
    const node = setup(['sleep', '5']);
    const before = node.state.host.nextPid;
    const { task } = startNewTask(node, 'default', 't1', { stdin: undefined });
    expect(task.init.pid).toBeGreaterThan(before);
    expect(node.state.host.nextPid).toBe(task.init.pid + 1);
    later(node, 5000);
    expect(taskStatus(getTask(node, 'default', 't1'))).toBe('STOPPED');
    expect(getTask(node, 'default', 't1').init.pid).toBe(task.init.pid);
    expect(isAlreadyExists(thrown(() => startNewTask(node, 'default', 't1', { stdin: undefined })))).toBe(true);
  });

  it('refuses an empty exec id in the service, before the shim checks the identifier', () => {
    const node = setup(['sleep', '3600']);
    startNewTask(node, 'default', 't1', { stdin: undefined });
    const empty = thrown(() => execProcess(node, 'default', 't1', { execId: '', args: ['true'], cwd: '', terminal: false, stdin: undefined }));
    expect(isInvalidArgument(empty) && (empty as Error).message).toBe('exec id must not be empty: invalid argument');
    const bad = thrown(() => execProcess(node, 'default', 't1', { execId: 'a b', args: ['true'], cwd: '', terminal: false, stdin: undefined }));
    expect((bad as Error).message).toContain('invalid exec id a b');
  });

  it('kills an exec with SIGTERM (143) but not the PID 1 sleep', () => {
    const node = setup(['sleep', '3600']);
    startNewTask(node, 'default', 't1', { stdin: undefined });
    execProcess(node, 'default', 't1', { execId: 'x', args: ['sleep', '100'], cwd: '', terminal: false, stdin: undefined });
    killTask(node, 'default', 't1', parseSignal('SIGTERM'), { all: true });
    const task = getTask(node, 'default', 't1');
    expect(task.execs.x?.exitStatus).toBe(143);
    expect(taskStatus(task)).toBe('RUNNING');
    expect(isFailedPrecondition(thrown(() => deleteTask(node, 'default', 't1')))).toBe(true);
    expect(isNotFound(thrown(() => killTask(node, 'default', 't1', parseSignal('9'), { execId: 'x' })))).toBe(true);
  });

  it('lets nginx shut down gracefully on its stop signal', () => {
    const node = setup(['nginx', '-g', 'daemon off;'], { '/usr/sbin/nginx': { kind: 'file', mode: 0o755, size: 100 } });
    startNewTask(node, 'default', 't1', { stdin: undefined });
    expect(taskPids(node, 'default', 't1')).toHaveLength(3);
    killTask(node, 'default', 't1', parseSignal('SIGQUIT'));
    const task = getTask(node, 'default', 't1');
    expect(taskStatus(task)).toBe('STOPPED');
    expect(task.init.exitStatus).toBe(0);
    expect(taskPids(node, 'default', 't1')).toEqual([]);
  });

  it('holds signals while paused and delivers them on resume', () => {
    const node = setup(['sleep', '3600']);
    startNewTask(node, 'default', 't1', { stdin: undefined });
    pauseTask(node, 'default', 't1');
    killTask(node, 'default', 't1', parseSignal('SIGTERM'));
    expect(taskStatus(getTask(node, 'default', 't1'))).toBe('PAUSED');
    resumeAndDeliver(node, 'default', 't1', parseSignal);
    expect(taskStatus(getTask(node, 'default', 't1'))).toBe('RUNNING');
    killTask(node, 'default', 't1', parseSignal('KILL'));
    expect(getTask(node, 'default', 't1').init.exitStatus).toBe(137);
  });

  it('kills the execs when init exits', () => {
    const node = setup(['sleep', '10']);
    startNewTask(node, 'default', 't1', { stdin: undefined });
    execProcess(node, 'default', 't1', { execId: 'x', args: ['sleep', '100'], cwd: '', terminal: false, stdin: undefined });
    later(node, 10_000);
    expect(getTask(node, 'default', 't1').execs.x?.exitStatus).toBe(137);
  });

  it('finds a task or gives undefined, but still refuses a bad namespace', () => {
    const node = setup(['sleep', '10']);
    expect(findTask(node, 'default', 't1')).toBeUndefined();
    const { task } = startNewTask(node, 'default', 't1', { stdin: undefined });
    expect(findTask(node, 'default', 't1')).toBe(task);
    expect(isFailedPrecondition(thrown(() => findTask(node, '', 't1')))).toBe(true);
  });

  it('refuses to resume a running task or pause a paused one (runc, class unknown)', () => {
    const node = setup(['sleep', '10']);
    startNewTask(node, 'default', 't1', { stdin: undefined });
    expect(thrown(() => resumeTask(node, 'default', 't1', () => undefined))).toMatchObject({ errClass: 'unknown' });
    pauseTask(node, 'default', 't1');
    expect(thrown(() => pauseTask(node, 'default', 't1'))).toMatchObject({ errClass: 'unknown' });
    resumeTask(node, 'default', 't1', () => undefined);
    expect(taskStatus(getTask(node, 'default', 't1'))).toBe('RUNNING');
  });
});
