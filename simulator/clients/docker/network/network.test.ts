// docker network's output, byte for byte, against /usr/bin/docker 20.10.24 talking to a private
// real dockerd 20.10.24 (Debian docker.io, its own data-root/exec-root/socket, 2026-12-05; the
// transcript lines are quoted below with the ids this node's seed gives in place of the real ones).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const NOW = Date.UTC(2026, 11, 5, 4, 15, 50);

function docker() {
  const s = createSession({ seed: 21, now: () => NOW });
  const run = async (line: string, stdin?: string) => {
    const r = await s.run(stdin === undefined ? line : `printf '${stdin}' | ${line}`);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
  const id = async (name: string) => (await run(`docker network inspect -f '{{.Id}}' ${name}`)).stdout.trim();
  return { s, run, id };
}

describe('docker network', () => {
  it('ls: the three predefined networks, by name', async () => {
    const { run, id } = docker();
    const [bridge, host, none] = [await id('bridge'), await id('host'), await id('none')];
    expect(await run('docker network ls')).toEqual({
      stdout: `NETWORK ID     NAME      DRIVER    SCOPE\n${bridge.slice(0, 12)}   bridge    bridge    local\n${host.slice(0, 12)}   host      host      local\n${none.slice(0, 12)}   none      null      local\n`,
      stderr: '',
      exitCode: 0,
    });
    expect((await run('docker network ls --no-trunc')).stdout.split('\n')[1]).toBe(`${bridge}   bridge    bridge    local`);
    expect((await run('docker network ls -q')).stdout).toBe(`${bridge.slice(0, 12)}\n${host.slice(0, 12)}\n${none.slice(0, 12)}\n`);
  });

  it('inspect bridge: docker0 with 172.17.0.0/16 and the default bridge options', async () => {
    const { run, id } = docker();
    const out = (await run('docker network inspect bridge')).stdout;
    expect(out).toContain(`        "Name": "bridge",\n        "Id": "${await id('bridge')}",\n`);
    expect(out).toContain(
      '        "IPAM": {\n            "Driver": "default",\n            "Options": null,\n            "Config": [\n                {\n                    "Subnet": "172.17.0.0/16",\n                    "Gateway": "172.17.0.1"\n                }\n            ]\n        },\n',
    );
    expect(out).toContain(
      '        "Options": {\n            "com.docker.network.bridge.default_bridge": "true",\n            "com.docker.network.bridge.enable_icc": "true",\n            "com.docker.network.bridge.enable_ip_masquerade": "true",\n            "com.docker.network.bridge.host_binding_ipv4": "0.0.0.0",\n            "com.docker.network.bridge.name": "docker0",\n            "com.docker.network.driver.mtu": "1500"\n        },\n        "Labels": {}\n    }\n]\n',
    );
  });

  it('create: 172.18, 172.19 … from the default pools; the subnet given; errors as the daemon words them', async () => {
    const { run, id } = docker();
    const created = await run('docker network create n1');
    expect(created.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(await run('docker network create n1')).toEqual({ stdout: '', stderr: 'Error response from daemon: network with name n1 already exists\n', exitCode: 1 });
    expect((await run('docker network create --subnet 10.10.0.0/24 --gateway 10.10.0.254 n2')).exitCode).toBe(0);
    expect(await run('docker network create --subnet 10.10.0.0/16 n3')).toEqual({ stdout: '', stderr: 'Error response from daemon: Pool overlaps with other one on this address space\n', exitCode: 1 });
    expect((await run('docker network create -d overlay n4')).stderr).toBe(
      'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n',
    );
    expect((await run('docker network create -d nosuch n4')).stderr).toBe('Error response from daemon: plugin "nosuch" not found\n');
    expect(await run('docker network create --gateway 10.0.0.1 n8')).toEqual({ stdout: '', stderr: 'every ip-range or gateway must have a corresponding subnet\n', exitCode: 1 });
    expect(await run('docker network create --subnet 10.30.0.0/24 --gateway 10.31.0.1 n8')).toEqual({ stdout: '', stderr: 'no matching subnet for gateway 10.31.0.1\n', exitCode: 1 });
    // consolidateIpam checks the ranges before the gateways, each against the subnet.
    expect(await run('docker network create --subnet 10.30.0.0/24 --ip-range 10.31.0.0/25 n8')).toEqual({ stdout: '', stderr: 'no matching subnet for range 10.31.0.0/25\n', exitCode: 1 });
    // With one subnet, a second range or gateway is one more than the subnets.
    expect((await run('docker network create --subnet 10.30.0.0/24 --gateway 10.30.0.1 --gateway 10.30.0.2 n8')).stderr).toBe('every ip-range or gateway must have a corresponding subnet\n');
    expect((await run('docker network create --subnet bad n8')).stderr).toBe('Error response from daemon: Invalid subnet bad : invalid CIDR address: bad\n');
    expect((await run('docker network create host')).stderr).toBe('Error response from daemon: operation is not permitted on predefined host network\n');
    expect((await run('docker network create')).stderr).toBe(
      '"docker network create" requires exactly 1 argument.\nSee \'docker network create --help\'.\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nCreate a network\n',
    );
    expect((await run(`docker network inspect -f '{{json .IPAM}} {{.Options}}' n1 n2`)).stdout).toBe(
      '{"Driver":"default","Options":{},"Config":[{"Subnet":"172.18.0.0/16","Gateway":"172.18.0.1"}]} map[]\n{"Driver":"default","Options":{},"Config":[{"Subnet":"10.10.0.0/24","Gateway":"10.10.0.254"}]} map[]\n',
    );
    await run('docker network create --subnet 10.20.0.0/24 n7');
    expect((await run(`docker network inspect -f '{{json .IPAM.Config}}' n7`)).stdout).toBe('[{"Subnet":"10.20.0.0/24"}]\n');
    // The rotation: a removed pool is not given again at once.
    await run('docker network rm n1');
    await run('docker network create n5');
    expect((await run(`docker network inspect -f '{{(index .IPAM.Config 0).Subnet}}' n5`)).stdout).toBe('172.19.0.0/16\n');
    await run('docker network create --label a=b -o com.docker.network.bridge.name=mybr0 n6');
    expect((await run(`docker network inspect -f '{{json .Labels}} {{json .Options}}' n6`)).stdout).toBe('{"a":"b"} {"com.docker.network.bridge.name":"mybr0"}\n');
    expect((await run('ip -br link show mybr0')).stdout).toMatch(/^mybr0 +DOWN +02:42:/);
    expect((await run(`ip -br link show br-${(await id('n5')).slice(0, 12)}`)).exitCode).toBe(0);
  });

  it('inspect and rm of missing and predefined networks', async () => {
    const { run } = docker();
    expect(await run('docker network inspect nosuch')).toEqual({ stdout: '[]\n', stderr: 'Error: No such network: nosuch\n', exitCode: 1 });
    expect(await run('docker network rm nosuch')).toEqual({ stdout: '', stderr: 'Error: No such network: nosuch\n', exitCode: 1 });
    expect(await run('docker network rm bridge')).toEqual({ stdout: '', stderr: 'Error response from daemon: bridge is a pre-defined network and cannot be removed\n', exitCode: 1 });
    await run('docker network create n2');
    expect(await run('docker network rm host n2')).toEqual({ stdout: 'n2\n', stderr: 'Error response from daemon: host is a pre-defined network and cannot be removed\n', exitCode: 1 });
    expect((await run('docker network ls -q')).stdout.split('\n').length).toBe(4);
  });

  it('ls filters and --format', async () => {
    const { run, id } = docker();
    await run('docker network create --internal --attachable n9');
    expect((await run('docker network ls -f name=n')).stdout).toBe(
      `NETWORK ID     NAME      DRIVER    SCOPE\n${(await id('n9')).slice(0, 12)}   n9        bridge    local\n${(await id('none')).slice(0, 12)}   none      null      local\n`,
    );
    expect((await run('docker network ls -f driver=null -q')).stdout).toBe(`${(await id('none')).slice(0, 12)}\n`);
    expect((await run("docker network ls --format '{{.Name}}: {{.ID}} {{.Driver}}'")).stdout).toBe(
      `bridge: ${(await id('bridge')).slice(0, 12)} bridge\nhost: ${(await id('host')).slice(0, 12)} host\nn9: ${(await id('n9')).slice(0, 12)} bridge\nnone: ${(await id('none')).slice(0, 12)} null\n`,
    );
    expect(await run('docker network ls -f nosuch=1')).toEqual({ stdout: '', stderr: "Error response from daemon: Invalid filter 'nosuch'\n", exitCode: 1 });
    expect((await run('docker network ls -f type=x')).stderr).toBe("Error response from daemon: invalid filter: 'type'='x'\n");
  });

  it('prune: the prompt, y and n on stdin, -f', async () => {
    const { run } = docker();
    await run('docker network create n1');
    const prompt = 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ';
    expect(await run('docker network prune', 'n\\n')).toEqual({ stdout: prompt, stderr: '', exitCode: 0 });
    expect(await run('docker network prune', 'y\\n')).toEqual({ stdout: `${prompt}Deleted Networks:\nn1\n\n`, stderr: '', exitCode: 0 });
    await run('docker network create n9');
    expect(await run('docker network prune -f')).toEqual({ stdout: 'Deleted Networks:\nn9\n\n', stderr: '', exitCode: 0 });
    expect(await run('docker network prune -f')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('connect and disconnect: the daemon’s words', async () => {
    const { run } = docker();
    expect((await run('docker network connect')).stderr).toBe(
      '"docker network connect" requires exactly 2 arguments.\nSee \'docker network connect --help\'.\n\nUsage:  docker network connect [OPTIONS] NETWORK CONTAINER\n\nConnect a container to a network\n',
    );
    expect(await run('docker network connect bridge nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', exitCode: 1 });
  });

  it('--help as the real client prints it (docker network create --help)', async () => {
    const { run } = docker();
    expect(await run('docker network create --help')).toEqual({ stdout: "\nUsage:  docker network create [OPTIONS] NETWORK\n\nCreate a network\n\nOptions:\n      --attachable           Enable manual container attachment\n      --aux-address map      Auxiliary IPv4 or IPv6 addresses used by\n                             Network driver (default map[])\n      --config-from string   The network from which to copy the configuration\n      --config-only          Create a configuration only network\n  -d, --driver string        Driver to manage the Network (default \"bridge\")\n      --gateway strings      IPv4 or IPv6 Gateway for the master subnet\n      --ingress              Create swarm routing-mesh network\n      --internal             Restrict external access to the network\n      --ip-range strings     Allocate container ip from a sub-range\n      --ipam-driver string   IP Address Management Driver (default \"default\")\n      --ipam-opt map         Set IPAM driver specific options (default map[])\n      --ipv6                 Enable IPv6 networking\n      --label list           Set metadata on a network\n  -o, --opt map              Set driver specific options (default map[])\n      --scope string         Control the network's scope\n      --subnet strings       Subnet in CIDR format that represents a\n                             network segment\n", stderr: '', exitCode: 0 });
  });
});
