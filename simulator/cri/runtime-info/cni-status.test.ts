import { describe, expect, it } from 'vitest';
import { mkdir, writeFile, type Files } from '../../host/vfs';
import { cniNotReadyText, cniStatus } from './cni-status';

describe('cniNotReadyText', () => {
  it('answers what cniStatus says of readiness, with and without a config file', () => {
    const files: Files = {};
    mkdir(files, '/etc/cni/net.d', { parents: true });
    expect(cniNotReadyText(files)).toBe('cni plugin not initialized');
    expect(cniNotReadyText(files)).toBe(cniStatus(files).notReady);
    writeFile(files, '/etc/cni/net.d/README', 'not a config');
    expect(cniNotReadyText(files)).toBe(cniStatus(files).notReady);
    writeFile(files, '/etc/cni/net.d/10-containerd-net.conflist', 'not even JSON');
    expect(cniNotReadyText(files)).toBeUndefined();
    expect(cniStatus(files).notReady).toBeUndefined();
  });
});
