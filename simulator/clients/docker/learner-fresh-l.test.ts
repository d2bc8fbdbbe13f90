// Round L of the learner's fresh docker lines (tests/oracle/docker/scripts/68–71, issue 11), as
// a private real dockerd 20.10.24 (Debian docker.io) answered them on 2026-12-07: --cidfile in a
// missing directory, `-u -1`, --cpus in big.Rat's exponent form, --domainname in /etc/hosts,
// docker port's argument errors, docker attach to a process that writes after the attach, and
// the classic builder's stage, --from, EXPOSE, parse and --build-arg refusals.

import { describe, expect, it } from 'vitest';
import { sessionWithBusybox as session } from './containers/test-support';

describe('docker run flags (68-fresh-run-flags.sh)', () => {
  it('refuses a --cidfile it cannot create before any request, 127 as runStartContainerErr reads "no such"', async () => {
    const run = await session();
    expect(await run('docker run -d --cidfile /nonexistent-dir/cid busybox true')).toEqual({
      stdout: '',
      stderr: "docker: failed to create the container ID file: open /nonexistent-dir/cid: no such file or directory.\nSee 'docker run --help'.\n",
      exitCode: 127,
    });
    expect((await run('docker ps -aq')).stdout).toBe('');
    // A create the daemon refuses leaves no empty file behind.
    expect((await run('docker run -d --cidfile /tmp/cid nosuch-image-h48')).exitCode).toBe(125);
    expect((await run('ls /tmp/cid')).exitCode).not.toBe(0);
  });
  it('takes -u -1 as a number out of runc\'s range', async () => {
    const run = await session();
    expect((await run('docker run -d -u -1 busybox id')).stderr).toBe('docker: Error response from daemon: uids and gids must be in range 0-2147483647.\n');
    expect((await run('docker run -d -u 1:2147483648 busybox id')).stderr).toBe('docker: Error response from daemon: uids and gids must be in range 0-2147483647.\n');
    expect((await run('docker run --rm -u +7 busybox id -u')).stdout).toBe('7\n');
  });
  it('reads --cpus as big.Rat does: an exponent, not a zero denominator or a decimal fraction', async () => {
    const run = await session();
    expect((await run('docker run --rm --cpus 1e9 busybox true')).stderr).toBe("docker: Error response from daemon: Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available.\nSee 'docker run --help'.\n");
    expect((await run('docker run --rm --cpus 2e-1 busybox echo ok')).stdout).toBe('ok\n');
    for (const bad of ['1/0', '1.5/2']) {
      expect((await run(`docker run --rm --cpus ${bad} busybox true`)).stderr).toBe(`invalid argument "${bad}" for "--cpus" flag: failed to parse ${bad} as a rational number\nSee 'docker run --help'.\n`);
    }
  });
  it('names the FQDN and the host name in the container\'s own /etc/hosts line', async () => {
    const run = await session();
    expect((await run("docker run --rm --hostname web1 --domainname corp.test busybox tail -1 /etc/hosts")).stdout).toMatch(/^172\.17\.0\.\d+\tweb1\.corp\.test web1\n$/);
    expect((await run('docker run --rm --hostname a.b busybox tail -1 /etc/hosts')).stdout).toMatch(/\ta\.b a\n$/);
  });
});

describe('docker port and attach (69-fresh-exec-logs-events.sh)', () => {
  it('prints nat\'s own error for a bad port argument', async () => {
    const run = await session();
    await run('docker run -d --name p1 -p 8080:80 busybox sleep 1000');
    const err = async (line: string) => (await run(line)).stderr;
    expect(await err('docker port p1 abc')).toBe('strconv.ParseUint: parsing "abc": invalid syntax\n');
    expect(await err('docker port p1 80/')).toBe('strconv.ParseUint: parsing "80/": invalid syntax\n');
    expect(await err('docker port p1 99999')).toBe('strconv.ParseUint: parsing "99999": value out of range\n');
    expect(await err('docker port p1 9-8')).toBe('Invalid range specified for the Port: 9-8\n');
    expect(await err('docker port p1 7000-7001')).toBe("Error: No public port '7000-7001/tcp' published for p1\n");
    expect((await run('docker port p1 80/tcp')).stdout).toBe('0.0.0.0:8080\n:::8080\n');
  });
  it('docker attach shows what the process writes after the attach, and its exit code', async () => {
    const run = await session();
    await run("docker run -d --name at1 busybox sh -c 'sleep 1; echo out; echo err >&2; exit 5'");
    expect(await run('docker attach --no-stdin at1')).toEqual({ stdout: 'out\n', stderr: 'err\n', exitCode: 5 });
  });
});

describe('the classic builder (71-fresh-classic-build.sh)', () => {
  async function build(dockerfile: string, flags = '') {
    const run = await session();
    await run(`mkdir -p /b && printf '${dockerfile}' > /b/Dockerfile`);
    return run(`docker build ${flags} /b`);
  }
  it('refuses a stage name used twice before the second stage\'s step', async () => {
    const r = await build('FROM busybox AS dup\\nFROM busybox AS dup\\n');
    expect(r.stdout).not.toContain('Step 2/2');
    expect(r).toMatchObject({ stderr: 'dup stage name already used\n', exitCode: 1 });
  });
  it('refuses COPY --from an index out of bounds, the current stage, or an image it cannot pull', async () => {
    expect((await build('FROM busybox\\nCOPY --from=5 /x /y\\n')).stderr).toBe('invalid from flag value 5: index out of bounds\n');
    expect((await build('FROM busybox\\nCOPY --from=0 /x /y\\n')).stderr).toBe('invalid from flag value 0: refers to current build stage\n');
    expect((await build('FROM busybox\\nCOPY --from=nosuchstage /x /y\\n')).stderr).toMatch(/^invalid from flag value nosuchstage: /);
  });
  it('parses EXPOSE as nat.ParsePortSpecs: a range exposes each port, a bad one fails the step', async () => {
    const bad = await build('FROM busybox\\nEXPOSE notaport\\n');
    expect(bad).toMatchObject({ stderr: 'Invalid containerPort: notaport\n', exitCode: 1 });
    const run = await session();
    await run("mkdir -p /e && printf 'FROM busybox\\nEXPOSE 8000-8001/UDP 9000\\n' > /e/Dockerfile && docker build -q -t e /e");
    expect((await run("docker image inspect -f '{{json .Config.ExposedPorts}}' e")).stdout).toBe('{"8000/udp":{},"8001/udp":{},"9000/tcp":{}}\n');
  });
  it('names the Dockerfile in a parser error, words a missing destination as 0.8 does, and refuses --build-arg =x', async () => {
    expect((await build('FROM busybox\\nENV ONLYKEY\\n')).stderr).toBe('Error response from daemon: failed to parse Dockerfile: ENV must have two arguments\n');
    expect((await build('FROM busybox\\nCOPY\\n')).stderr).toBe('Error response from daemon: dockerfile parse error line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined\n');
    expect(await build('FROM busybox\\n', '--build-arg =x')).toEqual({ stdout: '', stderr: `invalid argument "=x" for "--build-arg" flag: invalid environment variable: =x\nSee 'docker build --help'.\n`, exitCode: 125 });
  });
});

// tests/oracle/docker/scripts/74-fresh-printf-types.sh: the typed inspect values' Go types.
describe('printf %T on the typed inspect values', () => {
  it('names the pointer and named struct types, and types.RootFS prints its empty BaseLayer', async () => {
    const run = await session();
    await run('docker create --name p1 busybox true');
    expect((await run(`docker inspect -f '{{printf "%T" .State}} {{printf "%T" .Config}} {{printf "%T" .Mounts}} {{printf "%T" .GraphDriver}}' p1`)).stdout).toBe('*types.ContainerState *container.Config []types.MountPoint types.GraphDriverData\n');
    expect((await run(`docker image inspect -f '{{printf "%T" .ContainerConfig}} {{printf "%T" .RootFS.Layers}}' busybox`)).stdout).toBe('*container.Config []string\n');
    expect((await run("docker image inspect -f '{{.RootFS}}' busybox")).stdout).toMatch(/^\{layers \[sha256:[0-9a-f]{64}\] \}\n$/);
    expect((await run("docker image inspect -f '{{json .RootFS}}' busybox")).stdout).toMatch(/^\{"Type":"layers","Layers":\["sha256:[0-9a-f]{64}"\]\}\n$/);
    expect((await run(`docker network inspect -f '{{printf "%T" .IPAM.Config}}' bridge`)).stdout).toBe('[]network.IPAMConfig\n');
  });
});
