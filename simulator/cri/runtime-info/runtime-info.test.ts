// The CRI plugin's Version and Status against what containerd 1.6.20 answered in the oracle
// (tests/oracle/cri/fixtures/pod-lifecycle.json: Version, Status without CNI; pod-network-cni.json:
// Status with a bridge config), and the verbose info keys of pkg/cri/server/status.go:52-85@v1.6.20.
import { describe, expect, it } from 'vitest';
import { textToBinary, writeFile } from '../../host/vfs';
import { makeTestNode } from '../../containerd/namespaces/test-support';
import { criContext } from '../context';
import { runtimeInfoRpcs } from './runtime-info';

describe('runtime info RPCs', () => {
  it('Version: the CRI "kube API version", the package version, CRI v1', async () => {
    const rpcs = runtimeInfoRpcs(criContext(makeTestNode()));
    expect(await rpcs.version({ version: 'v1' })).toEqual({ version: '0.1.0', runtimeName: 'containerd', runtimeVersion: '1.6.20~ds1', runtimeApiVersion: 'v1' });
  });

  it('Status: network not ready until a CNI config exists, info only when verbose', async () => {
    const node = makeTestNode();
    const rpcs = runtimeInfoRpcs(criContext(node));
    expect(await rpcs.status({})).toEqual({
      status: {
        conditions: [
          { type: 'RuntimeReady', status: true, reason: '', message: '' },
          { type: 'NetworkReady', status: false, reason: 'NetworkPluginNotReady', message: 'Network plugin returns error: cni plugin not initialized' },
        ],
      },
      info: {},
    });
    const verbose = await rpcs.status({ verbose: true });
    expect(Object.keys(verbose.info).sort()).toEqual(['cniconfig', 'config', 'golang', 'lastCNILoadStatus', 'lastCNILoadStatus.default']);
    expect(verbose.info.golang).toBe('"go1.19.8"');
    expect(verbose.info.lastCNILoadStatus).toBe(
      'cni config load failed: no network config found in /etc/cni/net.d: cni plugin not initialized: failed to load cni config',
    );
    expect(JSON.parse(verbose.info.config ?? '{}')).toMatchObject({ sandboxImage: 'registry.k8s.io/pause:3.6', containerdEndpoint: '/run/containerd/containerd.sock' });
    writeFile(node.state.host.files, '/etc/cni/net.d/10-bridge.conflist', textToBinary('{}'), { parents: true });
    const ready = await rpcs.status({ verbose: true });
    expect(ready.status.conditions[1]).toEqual({ type: 'NetworkReady', status: true, reason: '', message: '' });
    expect(ready.info.lastCNILoadStatus).toBe('OK');
  });

  it('UpdateRuntimeConfig succeeds without a conf_template', async () => {
    await expect(runtimeInfoRpcs(criContext(makeTestNode())).updateRuntimeConfig({ runtimeConfig: { networkConfig: { podCidr: '10.88.0.0/16' } } })).resolves.toBeUndefined();
  });
});

describe('cniconfig of a loaded network (go-cni GetConfig)', () => {
  it('lists the loopback network, then the first config file’s network on eth0', async () => {
    const node = makeTestNode();
    const conflist = `{
  "cniVersion": "1.0.0",
  "name": "containerd-net",
  "plugins": [
    { "type": "bridge", "bridge": "cni0", "isGateway": true, "ipam": { "type": "host-local", "ranges": [[{ "subnet": "10.88.0.0/16" }]] } },
    { "type": "portmap", "capabilities": { "portMappings": true } }
  ]
}`;
    writeFile(node.state.host.files, '/etc/cni/net.d/10-containerd-net.conflist', textToBinary(conflist), { parents: true });
    const info = (await runtimeInfoRpcs(criContext(node)).status({ verbose: true })).info;
    const cni = JSON.parse(info.cniconfig ?? '{}') as { Networks: { IFName: string; Config: { Name: string; Plugins: { Network: unknown; Source: string }[]; Source: string } }[] };
    expect(cni.Networks.map((n) => n.IFName)).toEqual(['lo', 'eth0']);
    const net = cni.Networks[1]?.Config;
    expect(net?.Name).toBe('containerd-net');
    expect(net?.Source).toBe(conflist);
    expect(net?.Plugins[0]?.Network).toEqual({ type: 'bridge', ipam: { type: 'host-local' }, dns: {} });
    expect(net?.Plugins[1]?.Network).toEqual({ type: 'portmap', capabilities: { portMappings: true }, ipam: {}, dns: {} });
    expect(net?.Plugins[1]?.Source).toBe('{"capabilities":{"portMappings":true},"type":"portmap"}');
  });
});
