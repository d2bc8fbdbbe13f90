import { describe, expect, it } from 'vitest';
import { startUnit, stopUnit } from '../../host/systemd';
import { initialNodeState } from '../../initial-state';
import { makeNode } from '../../node';
import { dial } from './dial';

const NOW = Date.UTC(2026, 10, 28, 6, 12, 0);
const SOCKET = '/run/containerd/containerd.sock';

describe('dial', () => {
  it("follows containerd's unit: refused while it is stopped, answered once it is started", () => {
    const node = makeNode(initialNodeState(7, NOW), () => NOW);
    expect(() => dial(node, SOCKET)).not.toThrow();
    stopUnit(node, 'containerd');
    expect(() => dial(node, SOCKET)).toThrow(
      `failed to dial "${SOCKET}": context deadline exceeded: connection error: desc = "transport: error while dialing: dial unix://${SOCKET}: timeout"`,
    );
    expect(() => dial(node, `unix://${SOCKET}`)).toThrow(`dial unix://${SOCKET}: timeout`);
    startUnit(node, 'containerd');
    expect(() => dial(node, `unix://${SOCKET}`)).not.toThrow();
  });

  it('reaches nothing at another address, running or not', () => {
    const node = makeNode(initialNodeState(7, NOW), () => NOW);
    expect(() => dial(node, '/tmp/other.sock')).toThrow('failed to dial "/tmp/other.sock"');
  });
});
