// `nerdctl network` as released in 0.22.2 (cmd/nerdctl/network_*.go, pkg/netutil@v0.22.2):
// the default bridge written on first use, ls's table with containerd's own conflist and the
// pseudo networks, create's conflist bytes and subnet allocation, inspect in both modes, rm
// (no in-use check in 0.22) and prune, and their errors.

import { describe, expect, it } from 'vitest';
import { HOST_NETNS, networkOf } from '../../../host/network/index';
import { addLink } from '../../../host/network/links';
import * as vfs from '../../../host/vfs';
import { freshNode, nerdctl } from '../nerdctl-test-support';
import { networkId } from './create-network';

const NETD = '/etc/cni/net.d';
const BRIDGE_ID = '17f29b073143d8cd97b5bbe492bdeffec1c5fee55cc1fe2112c8b9335f8b6121';
/** The node's own network namespace (made on first use). */
function hostNetns(node: ReturnType<typeof freshNode>) {
  const ns = networkOf(node.state.host).namespaces[HOST_NETNS];
  if (!ns) throw new Error('no host netns');
  return ns;
}

const fatal = (msg: string) => `time="2026-05-28T20:26:40Z" level=fatal msg="${msg.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\n`;

/** nerdctl-bridge.conflist as netutil writes it (MarshalIndent, two spaces, no final newline). */
const BRIDGE_CONFLIST = `{
  "cniVersion": "1.0.0",
  "name": "bridge",
  "nerdctlID": "${BRIDGE_ID}",
  "nerdctlLabels": {},
  "plugins": [
    {
      "type": "bridge",
      "bridge": "nerdctl0",
      "isGateway": true,
      "ipMasq": true,
      "hairpinMode": true,
      "ipam": {
        "ranges": [
          [
            {
              "gateway": "10.4.0.1",
              "subnet": "10.4.0.0/24"
            }
          ]
        ],
        "routes": [
          {
            "dst": "0.0.0.0/0"
          }
        ],
        "type": "host-local"
      }
    },
    {
      "type": "portmap",
      "capabilities": {
        "portMappings": true
      }
    },
    {
      "type": "firewall",
      "ingressPolicy": "same-bridge"
    },
    {
      "type": "tuning"
    }
  ]
}`;

describe('nerdctl network', () => {
  it('lists containerd-net (no id), the default bridge it writes, then host and none', async () => {
    const node = freshNode();
    const ls = await nerdctl(node, 'network ls');
    expect(ls).toEqual({
      stdout:
        'NETWORK ID      NAME              FILE\n' +
        '                containerd-net    /etc/cni/net.d/10-containerd-net.conflist\n' +
        '17f29b073143    bridge            /etc/cni/net.d/nerdctl-bridge.conflist\n' +
        '                host              \n' +
        '                none              \n',
      stderr: '',
      exit: 0,
    });
    expect(vfs.readFile(node.state.host.files, `${NETD}/nerdctl-bridge.conflist`)).toBe(BRIDGE_CONFLIST);
    expect((await nerdctl(node, 'network list -q')).stdout).toBe('17f29b073143\n');
  });

  it('creates a bridge network on the next free /24, br-<id12>, labels sorted; prints the id', async () => {
    const node = freshNode();
    const r = await nerdctl(node, 'network create mynet --label b=2 --label a=1');
    const id = '11c844f95e2862126712e209cd3acbc68c137931c639633da9dfc17b3a464bde';
    expect(r).toEqual({ stdout: `${id}\n`, stderr: '', exit: 0 });
    const text = vfs.binaryToText(vfs.readFile(node.state.host.files, `${NETD}/nerdctl-mynet.conflist`));
    expect(text).toContain(`  "nerdctlID": "${id}",\n  "nerdctlLabels": {\n    "a": "1",\n    "b": "2"\n  },`);
    expect(text).toContain('"bridge": "br-11c844f95e28"');
    expect(text).toContain('"gateway": "10.4.1.1",\n              "subnet": "10.4.1.0/24"');
    await nerdctl(node, 'network create third');
    expect(vfs.binaryToText(vfs.readFile(node.state.host.files, `${NETD}/nerdctl-third.conflist`))).toContain('"subnet": "10.4.2.0/24"');
  });

  it('skips a subnet a node interface already uses (GetLiveNetworkSubnets)', async () => {
    const node = freshNode();
    addLink(hostNetns(node), { name: 'dummy0', kind: 'ether', mac: '02:00:00:00:00:01', mtu: 1500, up: true, addrs: [{ ip: '10.4.1.7', prefix: 24 }] });
    await nerdctl(node, 'network create n1');
    expect(vfs.binaryToText(vfs.readFile(node.state.host.files, `${NETD}/nerdctl-n1.conflist`))).toContain('"subnet": "10.4.2.0/24"');
  });

  it('inspects in dockercompat and native modes', async () => {
    const node = freshNode();
    await nerdctl(node, 'network create --subnet 10.9.0.0/16 --gateway 10.9.0.254 --ip-range 10.9.3.0/24 web');
    const compat = await nerdctl(node, 'network inspect web');
    expect(compat.stdout).toBe(
      `[\n    {\n        "Name": "web",\n        "Id": "${networkId('web')}",\n        "IPAM": {\n            "Config": [\n                {\n                    "Subnet": "10.9.0.0/16",\n` +
        '                    "Gateway": "10.9.0.254",\n                    "IPRange": "10.9.3.0/24"\n                }\n            ]\n        },\n' +
        '        "Labels": {}\n    }\n]\n',
    );
    const native = JSON.parse((await nerdctl(node, 'network inspect --mode native bridge')).stdout) as Array<Record<string, unknown>>;
    expect(native[0]?.NerdctlID).toBe(BRIDGE_ID);
    expect(native[0]?.File).toBe(`${NETD}/nerdctl-bridge.conflist`);
    expect(native[0]?.CNI).toEqual(JSON.parse(BRIDGE_CONFLIST));
    expect((await nerdctl(node, 'network inspect containerd-net')).stdout).toContain('"Labels": null');
  });

  it('refuses the pseudo networks, unknown names, bad subnets and a second create', async () => {
    const node = freshNode();
    expect(await nerdctl(node, 'network inspect host')).toEqual({ stdout: '', stderr: fatal('pseudo network "host" cannot be inspected'), exit: 1 });
    expect((await nerdctl(node, 'network inspect nope')).stderr).toBe(fatal('no such network: nope'));
    expect((await nerdctl(node, 'network inspect --mode x bridge')).stderr).toBe(fatal('unknown mode "x"'));
    expect((await nerdctl(node, 'network rm none')).stderr).toBe(fatal('pseudo network "none" cannot be removed'));
    expect((await nerdctl(node, 'network rm nope')).stderr).toBe(fatal('no such network: nope'));
    expect((await nerdctl(node, 'network rm containerd-net')).stderr).toBe(fatal('containerd-net is managed outside nerdctl and cannot be removed'));
    expect((await nerdctl(node, 'network create --subnet 10.4.0.0/24 clash')).stderr).toBe(fatal('subnet 10.4.0.0/24 overlaps with other one on this address space'));
    expect((await nerdctl(node, 'network create --subnet 10.5.0.7/24 odd')).stderr).toBe(fatal('unexpected subnet "10.5.0.7/24", maybe you meant "10.5.0.0/24"?'));
    expect((await nerdctl(node, 'network create --subnet nope x')).stderr).toBe(fatal('failed to parse subnet "nope"'));
    expect((await nerdctl(node, 'network create --gateway 10.1.1.1 x')).stderr).toBe(fatal('cannot set gateway or ip-range without subnet, specify --subnet manually'));
    expect((await nerdctl(node, 'network create -d overlay x')).stderr).toBe(fatal('unsupported cni driver "overlay"'));
    expect((await nerdctl(node, ['network', 'create', 'bad name'])).stderr).toBe(
      fatal('malformed name bad name: identifier "bad name" must match ^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$: invalid argument'),
    );
    expect((await nerdctl(node, 'network create bridge')).stderr).toBe(fatal('network with name bridge already exists'));
    expect((await nerdctl(node, 'network ls --format raw')).stderr).toBe(fatal('unsupported format: "raw"'));
    expect(Object.keys(node.state.host.files).filter((p) => p.startsWith(`${NETD}/`))).toEqual([`${NETD}/10-containerd-net.conflist`, `${NETD}/nerdctl-bridge.conflist`]);
  });

  it('needs every plugin in CNI_PATH', async () => {
    const node = freshNode();
    vfs.rm(node.state.host.files, '/usr/local/libexec/cni/firewall');
    expect((await nerdctl(node, 'network ls')).stderr).toBe(
      fatal(
        'needs CNI plugin "firewall" to be installed in CNI_PATH ("/usr/local/libexec/cni"), see https://github.com/containernetworking/plugins/releases: ' +
          'exec: "/usr/local/libexec/cni/firewall": stat /usr/local/libexec/cni/firewall: no such file or directory',
      ),
    );
  });

  it('rm deletes the file and the bridge link, in use or not (0.22 does not check)', async () => {
    const node = freshNode();
    await nerdctl(node, 'network create mynet');
    addLink(hostNetns(node), { name: 'br-11c844f95e28', kind: 'bridge', mac: '02:00:00:00:00:02', mtu: 1500, up: true, addrs: [{ ip: '10.4.1.1', prefix: 24 }] });
    expect(await nerdctl(node, 'network rm mynet')).toEqual({ stdout: 'mynet\n', stderr: '', exit: 0 });
    expect(vfs.exists(node.state.host.files, `${NETD}/nerdctl-mynet.conflist`)).toBe(false);
    expect(hostNetns(node).links.map((l) => l.name)).not.toContain('br-11c844f95e28');
  });

  it('prune asks, then removes every nerdctl network no running container joins', async () => {
    const node = freshNode();
    await nerdctl(node, 'network create a1');
    const prompt = 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ';
    expect(await nerdctl(node, 'network prune', { stdin: 'N\n' })).toEqual({ stdout: prompt, stderr: '', exit: 0 });
    expect(await nerdctl(node, 'network prune', { stdin: 'y\n' })).toEqual({ stdout: `${prompt}Deleted Networks:\na1\nbridge\n\n`, stderr: '', exit: 0 });
  });
});
