import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../namespaces/test-support';
import { newContainer } from '../containers/new-container';
import { addTestImage, containerOpts } from '../containers/test-image';
import { endOfInput, interruptProcess, processRecord, terminalInput, typeLine, type ProcessRef } from './attach';
import { startNewTask } from './tasks';

function running(args: string[]) {
  const node = makeTestNode();
  addTestImage(node, 'default', 'docker.io/library/busybox:latest');
  newContainer(node, 'default', containerOpts('t1', { args, terminal: true }));
  startNewTask(node, 'default', 't1', { stdin: undefined });
  const ref: ProcessRef = { ns: 'default', id: 't1', execId: '' };
  return { node, ref, reads: terminalInput(node, ref, true) };
}

describe('attached IO', () => {
  it('cat echoes typed lines and ends at EOF', () => {
    const { node, ref, reads } = running(['cat']);
    expect(reads).toBe('echo');
    expect(typeLine(node, ref, reads, 'hello')).toBe('hello\n');
    expect(processRecord(node, ref)?.status).toBe('RUNNING');
    endOfInput(node, ref, reads);
    expect(processRecord(node, ref)?.exitStatus).toBe(0);
  });
  it('top ends on q, and sleep as PID 1 ignores the terminal and its SIGINT', () => {
    const top = running(['top']);
    expect(top.reads).toBe('keys');
    typeLine(top.node, top.ref, top.reads, 'q');
    expect(processRecord(top.node, top.ref)?.status).toBe('STOPPED');
    const sleep = running(['sleep', '3600']);
    expect(sleep.reads).toBe('none');
    expect(interruptProcess(sleep.node, sleep.ref, sleep.reads)).toBe('');
    expect(processRecord(sleep.node, sleep.ref)?.status).toBe('RUNNING');
  });
});
