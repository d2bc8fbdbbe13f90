// crictl 1.26.0's root: the app, its global flags, app.Before, the endpoint choice and dialing,
// errors through logrus.Fatal, and the root commands (version, info, config, completion).
// Sources (kubernetes-sigs/cri-tools@v1.26.0): cmd/crictl/main.go:57-132 (getRuntimeService,
// getImageService), :134-299 (app, flags, Before), version.go:30-62, info.go:30-80,
// config.go:30-160, completion.go; pkg/common/file.go (WriteConfig through yaml.v3).
// vendor/k8s.io/kubernetes/pkg/kubelet/cri/remote/remote_runtime.go:71-128 (a non-blocking dial
// whose check ignores Unavailable, so the first default endpoint always "connects") and :145,
// :616 (klog lines); vendor/google.golang.org/grpc (v1.49) internal/transport/http2_client.go:217
// ("transport: Error while dialing %v"). urfave/cli v2.23.7 template.go (help layout). The
// oracle fixture tests/oracle/cri/fixtures/pod-lifecycle.json holds the real Version and Status.
import { describe, expect, it } from 'vitest';
import { captureIO } from '../../cli/test-support';
import { binaryToText, readFile, textToBinary, writeFile } from '../../host/vfs';
import { stopUnit } from '../../host/systemd';
import { createSimulator } from '../../index';
import type { Node } from '../../node';
import { CRICTL_COMMANDS } from './commands';
import { runCrictl } from './crictl';

const NOW = 1_780_000_000_000;
const SOCK = 'unix:///run/containerd/containerd.sock';
const DEFAULTS = '[unix:///var/run/dockershim.sock unix:///run/containerd/containerd.sock unix:///run/crio/crio.sock unix:///var/run/cri-dockerd.sock]';
const DOCKERSHIM_DOWN =
  'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial unix /var/run/dockershim.sock: connect: no such file or directory"';
const CONTAINERD_DOWN =
  'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: no such file or directory"';

function freshNode(): Node {
  return createSimulator({ seed: 1, now: () => NOW });
}

async function crictl(node: Node, line: string, options: { tty?: boolean; environ?: Record<string, string> } = {}) {
  const c = captureIO({ isTTY: options.tty ?? false, environ: options.environ ?? {} });
  const argv = line === '' ? [] : line.split(' ');
  const exit = await runCrictl(node, argv, c.io);
  return { stdout: c.out(), stderr: c.err(), exit };
}

function configured(): Node {
  const node = freshNode();
  writeFile(node.state.host.files, '/etc/crictl.yaml', textToBinary(`runtime-endpoint: ${SOCK}\n`), { parents: true });
  return node;
}

/** node1 as the oracle's private daemon ran: no CNI config in /etc/cni/net.d. */
function configuredWithoutCni(): Node {
  const node = configured();
  delete node.state.host.files['/etc/cni/net.d/10-containerd-net.conflist'];
  return node;
}

const time = 'time="2026-05-28T20:26:40Z"';

describe('crictl -v / --help (main.go:134-136, urfave/cli v2.23.7)', () => {
  it('prints its own version', async () => {
    expect(await crictl(freshNode(), '-v')).toEqual({ stdout: 'crictl version v1.26.0\n', stderr: '', exit: 0 });
    expect((await crictl(freshNode(), '--version')).stdout).toBe('crictl version v1.26.0\n');
  });

  it('prints the app help with the commands in main.go order and the five sorted global flags', async () => {
    const r = await crictl(freshNode(), '--help');
    const rows: [string, string][] = [
      ['attach', 'Attach to a running container'],
      ['create', 'Create a new container'],
      ['exec', 'Run a command in a running container'],
      ['version', 'Display runtime version information'],
      ['images, image, img', 'List images'],
      ['inspect', 'Display the status of one or more containers'],
      ['inspecti', 'Return the status of one or more images'],
      ['imagefsinfo', 'Return image filesystem info'],
      ['inspectp', 'Display the status of one or more pods'],
      ['logs', 'Fetch the logs of a container'],
      ['port-forward', 'Forward local port to a pod'],
      ['ps', 'List containers'],
      ['pull', 'Pull an image from a registry'],
      ['run', 'Run a new container inside a sandbox'],
      ['runp', 'Run a new pod'],
      ['rm', 'Remove one or more containers'],
      ['rmi', 'Remove one or more images'],
      ['rmp', 'Remove one or more pods'],
      ['pods', 'List pods'],
      ['start', 'Start one or more created containers'],
      ['info', 'Display information of the container runtime'],
      ['stop', 'Stop one or more running containers'],
      ['stopp', 'Stop one or more running pods'],
      ['update', 'Update one or more running containers'],
      ['config', 'Get and set crictl client configuration options'],
      ['stats', 'List container(s) resource usage statistics'],
      ['statsp', 'List pod resource usage statistics'],
      ['completion', 'Output shell completion code'],
      ['checkpoint', 'Checkpoint one or more running containers'],
    ];
    // Every command of 1.26.0 is there, with its usage, in main.go's order.
    expect(CRICTL_COMMANDS.map((c) => c.name)).toEqual(rows.map(([n]) => n.split(',')[0]));
    const shown: [string, string][] = [...rows, ['help, h', 'Shows a list of commands or help for one command']];
    const width = Math.max(...shown.map(([n]) => n.length)) + 2;
    const commands = shown.map(([n, u]) => `   ${n.padEnd(width)}${u}\n`).join('');
    expect(r.exit).toBe(0);
    expect(r.stdout).toBe(`NAME:
   crictl - client for CRI

USAGE:
   crictl [global options] command [command options] [arguments...]

VERSION:
   v1.26.0

COMMANDS:
${commands}
GLOBAL OPTIONS:
   --config value, -c value            Location of the client config file. If not specified and the default does not exist, the program's directory is searched as well (default: "/etc/crictl.yaml") [$CRI_CONFIG_FILE]
   --debug, -D                         Enable debug mode (default: false)
   --image-endpoint value, -i value    Endpoint of CRI image manager service (default: uses 'runtime-endpoint' setting) [$IMAGE_SERVICE_ENDPOINT]
   --runtime-endpoint value, -r value  Endpoint of CRI container runtime service (default: uses in order the first successful one of ${DEFAULTS}). Default is now deprecated and the endpoint should be set instead. [$CONTAINER_RUNTIME_ENDPOINT]
   --timeout value, -t value           Timeout of connecting to the server in seconds (e.g. 2s, 20s.). 0 or less is set to default (default: 2s)
   --help, -h                          show help (default: false)
   --version, -v                       print the version (default: false)
`);
    // No arguments and `help` print the same (the root has no action: helpCommand.Action).
    expect((await crictl(freshNode(), '')).stdout).toBe(r.stdout);
    expect((await crictl(freshNode(), 'help')).stdout).toBe(r.stdout);
  });

  it('has no tracing or profiling flags in 1.26', async () => {
    const r = await crictl(freshNode(), '--enable-tracing version');
    expect(r.exit).toBe(1);
    expect(r.stdout.startsWith('Incorrect Usage: flag provided but not defined: -enable-tracing\n\nNAME:\n   crictl - client for CRI')).toBe(true);
  });

  it('answers an unknown command with urfave’s exit 3', async () => {
    expect(await crictl(freshNode(), 'nope')).toEqual({ stdout: '', stderr: "No help topic for 'nope'\n", exit: 3 });
  });

  it('shows a command’s help for `help <cmd>` and `<cmd> --help`', async () => {
    const help = `NAME:
   crictl version - Display runtime version information

USAGE:
   crictl version [command options] [arguments...]

OPTIONS:
   --help, -h  show help (default: false)
`;
    expect((await crictl(freshNode(), 'version --help')).stdout).toBe(help);
    expect((await crictl(freshNode(), 'help version')).stdout).toBe(help);
  });
});

describe('endpoints and dialing (main.go:57-132, remote_runtime.go:71-128)', () => {
  it('with nothing configured: the deprecation warning, then dockershim.sock fails on the first RPC', async () => {
    const r = await crictl(freshNode(), 'version');
    expect(r.exit).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe(
      `${time} level=warning msg="runtime connect using default endpoints: ${DEFAULTS}. As the default settings are now deprecated, you should set the endpoint instead."`,
    );
    expect(lines[1]).toMatch(/^E0528 20:26:40\.000000 +\d+ remote_runtime\.go:145\] "Version from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing dial unix \/var\/run\/dockershim\.sock: connect: no such file or directory\\""$/);
    expect(lines[2]).toBe(`${time} level=fatal msg=${JSON.stringify(`getting the runtime version: ${DOCKERSHIM_DOWN}`)}`);
    expect(lines).toHaveLength(4);
  });

  it('on a terminal: WARN and FATA lines, padded and coloured as logrus does', async () => {
    const r = await crictl(freshNode(), 'version', { tty: true });
    expect(r.stderr.split('\n')[0]).toBe(`\x1b[33mWARN\x1b[0m[0000] runtime connect using default endpoints: ${DEFAULTS}. As the default settings are now deprecated, you should set the endpoint instead. `);
    expect(r.stderr.split('\n')[2]).toBe(`\x1b[31mFATA\x1b[0m[0000] getting the runtime version: ${DOCKERSHIM_DOWN} `);
  });

  it('with the endpoint from /etc/crictl.yaml, -r or CONTAINER_RUNTIME_ENDPOINT: the real answer (oracle pod-lifecycle Version)', async () => {
    const expected = { stdout: 'Version:  0.1.0\nRuntimeName:  containerd\nRuntimeVersion:  1.6.20~ds1\nRuntimeApiVersion:  v1\n', stderr: '', exit: 0 };
    expect(await crictl(configured(), 'version')).toEqual(expected);
    expect(await crictl(freshNode(), `-r ${SOCK} version`)).toEqual(expected);
    expect(await crictl(freshNode(), 'version', { environ: { CONTAINER_RUNTIME_ENDPOINT: SOCK } })).toEqual(expected);
    // /var/run is /run on Debian.
    expect(await crictl(freshNode(), '-r unix:///var/run/containerd/containerd.sock version')).toEqual(expected);
  });

  it('with containerd stopped: the socket is gone (ENOENT), the klog line, then FATA', async () => {
    const node = configured();
    stopUnit(node, 'containerd');
    const r = await crictl(node, 'version');
    expect(r.exit).toBe(1);
    const [klog, fatal] = r.stderr.split('\n');
    expect(klog).toContain(`remote_runtime.go:145] "Version from runtime service failed" err=${JSON.stringify(CONTAINERD_DOWN)}`);
    expect(fatal).toBe(`${time} level=fatal msg=${JSON.stringify(`getting the runtime version: ${CONTAINERD_DOWN}`)}`);
    const info = await crictl(node, 'info');
    expect(info.stderr).toContain(`remote_runtime.go:616] "Status from runtime service failed"`);
    expect(info.stderr).toContain(`level=fatal msg=${JSON.stringify(`getting status of runtime: ${CONTAINERD_DOWN}`)}`);
  });

  it('rejects a non-unix endpoint before dialing, and an empty one (main.go:58-59, util_unix.go:80-88)', async () => {
    expect((await crictl(freshNode(), '-r tcp://127.0.0.1:1 version')).stderr).toBe(`${time} level=fatal msg="only support unix socket endpoint"\n`);
    expect((await crictl(freshNode(), '-r http://x version')).stderr).toBe(`${time} level=fatal msg="protocol \\"http\\" not supported"\n`);
    expect((await crictl(freshNode(), 'version', { environ: { CONTAINER_RUNTIME_ENDPOINT: '' } })).stderr).toBe(
      `${time} level=fatal msg="--runtime-endpoint is not set"\n`,
    );
  });

  it('accepts a bare socket path with klog’s deprecation note (util_unix.go:103)', async () => {
    const r = await crictl(freshNode(), '-r /run/containerd/containerd.sock version');
    expect(r.exit).toBe(0);
    expect(r.stderr).toMatch(
      /^I0528 20:26:40\.000000 +\d+ util_unix\.go:103\] "Using this endpoint is deprecated, please consider using full URL format" endpoint="\/run\/containerd\/containerd\.sock" URL="unix:\/\/\/run\/containerd\/containerd\.sock"\n$/,
    );
  });

  it('a connection timeout too short for the dial fails it; with the defaults, one ERRO line per endpoint (main.go:80-86)', async () => {
    const one = await crictl(configured(), '-t 1ns version');
    expect(one.exit).toBe(1);
    const [klog, fatal] = one.stderr.split('\n');
    expect(klog).toMatch(/remote_runtime\.go:98\] "Connect remote runtime failed" err="context deadline exceeded" address="\/run\/containerd\/containerd\.sock"$/);
    expect(fatal).toBe(`${time} level=fatal msg="context deadline exceeded"`);
    const all = (await crictl(freshNode(), '-t 1ns version')).stderr.split('\n');
    expect(all.filter((l) => l === `${time} level=error msg="context deadline exceeded"`)).toHaveLength(4);
    expect(all.filter((l) => l.includes('Connect remote runtime failed'))).toHaveLength(4);
    expect(all[all.length - 2]).toBe(`${time} level=fatal msg="context deadline exceeded"`);
  });

  it('--debug prints the connection steps and the request/response (main.go:61, 76-88; version.go:49-51)', async () => {
    const r = await crictl(freshNode(), '--debug version');
    const messages = r.stderr
      .split('\n')
      .filter((l) => l.includes('level=debug'))
      .map((l) => /msg=("(?:[^"\\]|\\.)*"|\S+)/.exec(l)?.[1]);
    expect(messages).toEqual([
      '"get runtime connection"',
      '"Note that performance maybe affected as each default connection attempt takes n-seconds to complete before timing out and going to the next in sequence."',
      '"Connect using endpoint \\"unix:///var/run/dockershim.sock\\" with \\"2s\\" timeout"',
      '"Connected successfully using endpoint: unix:///var/run/dockershim.sock"',
      '"VersionRequest: &VersionRequest{Version:v1,}"',
      '"VersionResponse: nil"',
    ]);
    const ok = await crictl(configured(), '-D version');
    expect(ok.stderr).toContain('VersionResponse: &VersionResponse{Version:0.1.0,RuntimeName:containerd,RuntimeVersion:1.6.20~ds1,RuntimeApiVersion:v1,}');
  });

  it('a bad --config is fatal even for help; a bad default /etc/crictl.yaml is ignored (main.go:224-229)', async () => {
    expect((await crictl(freshNode(), '-c /nope version')).stderr).toBe(`${time} level=fatal msg="load config file: stat /usr/bin/crictl.yaml: no such file or directory"\n`);
    expect((await crictl(freshNode(), '-c /nope help')).exit).toBe(1);
    const node = freshNode();
    writeFile(node.state.host.files, '/etc/crictl.yaml', textToBinary('bogus: 1\n'), { parents: true });
    expect((await crictl(node, 'version')).stderr).toContain('runtime connect using default endpoints');
    expect((await crictl(node, '-c /etc/crictl.yaml version')).stderr).toBe(`${time} level=fatal msg="load config file: Config option 'bogus' is not valid"\n`);
  });
});

describe('crictl checkpoint (container.go checkpointContainerCommand)', () => {
  it('containerd 1.6 answers CheckpointContainer Unimplemented: the FATA line names the id, exit 1', async () => {
    const r = await crictl(configured(), 'checkpoint -E /tmp/c.tar abc');
    expect(r.exit).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'remote_runtime.go:778] "CheckpointContainer from runtime service failed" err="rpc error: code = Unimplemented desc = method CheckpointContainer not implemented" containerID="abc"\n',
    );
    expect(r.stderr).toContain(
      `${time} level=fatal msg="checkpointing the container \\"abc\\" failed: rpc error: code = Unimplemented desc = method CheckpointContainer not implemented"\n`,
    );
    expect((await crictl(configured(), 'checkpoint')).stdout).toContain('crictl checkpoint - Checkpoint one or more running containers');
  });
});

describe('crictl info (info.go)', () => {
  it("node1's own CNI config (containerd's 10-containerd-net.conflist) makes the network ready", async () => {
    const parsed = JSON.parse((await crictl(configured(), 'info')).stdout) as Record<string, any>;
    expect(parsed.status.conditions[1]).toEqual({ type: 'NetworkReady', status: true, reason: '', message: '' });
    expect(parsed.lastCNILoadStatus).toBe('OK');
  });

  it('-o json (default): status and the verbose info, keys sorted after status (oracle pod-lifecycle Status)', async () => {
    const r = await crictl(configuredWithoutCni(), 'info');
    expect(r.exit).toBe(0);
    const parsed = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['status', 'cniconfig', 'config', 'golang', 'lastCNILoadStatus', 'lastCNILoadStatus.default']);
    expect(parsed.status).toEqual({
      conditions: [
        { type: 'RuntimeReady', status: true, reason: '', message: '' },
        { type: 'NetworkReady', status: false, reason: 'NetworkPluginNotReady', message: 'Network plugin returns error: cni plugin not initialized' },
      ],
    });
    expect(parsed.golang).toBe('go1.19.8');
    expect(r.stdout).toContain('\n  "config": {\n    "containerd": {\n      "snapshotter": "overlayfs",\n');
    expect(r.stdout).toContain('"sandboxImage": "registry.k8s.io/pause:3.6"');
  });

  it('-q: status only; -o yaml; go-template', async () => {
    const q = await crictl(configuredWithoutCni(), 'info -q');
    expect(q.stdout).toBe(`{
  "status": {
    "conditions": [
      {
        "type": "RuntimeReady",
        "status": true,
        "reason": "",
        "message": ""
      },
      {
        "type": "NetworkReady",
        "status": false,
        "reason": "NetworkPluginNotReady",
        "message": "Network plugin returns error: cni plugin not initialized"
      }
    ]
  }
}
`);
    expect((await crictl(configuredWithoutCni(), 'info -q -o yaml')).stdout).toBe(`status:
  conditions:
  - message: ""
    reason: ""
    status: true
    type: RuntimeReady
  - message: 'Network plugin returns error: cni plugin not initialized'
    reason: NetworkPluginNotReady
    status: false
    type: NetworkReady

`);
    expect((await crictl(configuredWithoutCni(), 'info -o go-template --template {{.golang}}')).stdout).toBe('go1.19.8\n');
  });

  it('NetworkReady once a CNI config is in /etc/cni/net.d', async () => {
    const node = configured();
    writeFile(node.state.host.files, '/etc/cni/net.d/10-bridge.conf', textToBinary('{}'), { parents: true });
    const parsed = JSON.parse((await crictl(node, 'info')).stdout) as { status: { conditions: { status: boolean }[] }; lastCNILoadStatus: string };
    expect(parsed.status.conditions[1]?.status).toBe(true);
    expect(parsed.lastCNILoadStatus).toBe('OK');
  });
});

describe('crictl config (config.go, pkg/common/file.go)', () => {
  const read = (node: Node) => binaryToText(readFile(node.state.host.files, '/etc/crictl.yaml'));

  it('--set creates the file with all six options and keeps the fresh file’s quotes', async () => {
    const node = freshNode();
    expect(await crictl(node, `config --set runtime-endpoint=${SOCK}`)).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(read(node)).toBe(`runtime-endpoint: "${SOCK}"\nimage-endpoint: ""\ntimeout: 0\ndebug: false\npull-image-on-create: false\ndisable-pull-on-run: false\n`);
    expect((await crictl(node, 'version')).exit).toBe(0);
  });

  it('--get prints a value (creating the file first); `config key value` sets it; missing options are appended in order', async () => {
    const node = configured();
    expect((await crictl(node, 'config --get runtime-endpoint')).stdout).toBe(`${SOCK}\n`);
    await crictl(node, 'config timeout 10');
    await crictl(node, 'config --set debug=true,image-endpoint=unix:///x.sock');
    expect(read(node)).toBe(`runtime-endpoint: ${SOCK}\nimage-endpoint: "unix:///x.sock"\ntimeout: 10\ndebug: true\npull-image-on-create: false\ndisable-pull-on-run: false\n`);
    const fresh = freshNode();
    expect((await crictl(fresh, 'config --get debug')).stdout).toBe('false\n');
    expect(read(fresh)).toContain('runtime-endpoint: ""\n');
  });

  it('rejects unknown options and bad values with config.go’s errors', async () => {
    const node = configured();
    expect((await crictl(node, 'config --get nope')).stderr).toBe(`${time} level=fatal msg="no configuration option named nope"\n`);
    expect((await crictl(node, 'config timeout abc')).stderr).toBe(
      `${time} level=fatal msg="parse timeout value 'abc': strconv.Atoi: parsing \\"abc\\": invalid syntax"\n`,
    );
    expect((await crictl(node, 'config --set debug')).stderr).toBe(`${time} level=fatal msg="incorrectly specified option: debug"\n`);
  });

  it('fails on a broken file with yaml.v3’s words, and keeps comments when it writes (file.go ReadConfig/WriteConfig)', async () => {
    const node = freshNode();
    writeFile(node.state.host.files, '/etc/crictl.yaml', textToBinary('runtime-endpoint: a: b\n'), { parents: true });
    expect((await crictl(node, 'config --get debug')).stderr).toBe(`${time} level=fatal msg="load config file: yaml: mapping values are not allowed in this context"\n`);
    // The default file broken: ignored by app.Before, so the default endpoints are tried.
    expect((await crictl(node, 'version')).stderr).toContain('runtime connect using default endpoints');
    writeFile(node.state.host.files, '/etc/crictl.yaml', textToBinary('# set by hand\nruntime-endpoint: unix:///x.sock # mine\n'), { parents: true });
    await crictl(node, 'config debug true');
    expect(read(node)).toBe(
      '# set by hand\nruntime-endpoint: unix:///x.sock # mine\nimage-endpoint: ""\ntimeout: 0\ndebug: true\npull-image-on-create: false\ndisable-pull-on-run: false\n',
    );
  });

  it('with no arguments prints its help', async () => {
    const r = await crictl(configured(), 'config');
    expect(r.exit).toBe(0);
    expect(r.stdout.startsWith('NAME:\n   crictl config - Get and set crictl client configuration options\n')).toBe(true);
  });
});

describe('crictl completion (completion.go)', () => {
  it('bash by default, listing commands, aliases and the long global flags', async () => {
    const r = await crictl(freshNode(), 'completion');
    expect(r.stdout.startsWith('_crictl() {\n    local cur opts base\n    COMPREPLY=()\n    cur="${COMP_WORDS[COMP_CWORD]}"\n    opts="')).toBe(true);
    expect(r.stdout).toContain('\nhelp\nh\n--config\n--debug\n--image-endpoint\n--runtime-endpoint\n--timeout\n--help\n--version"\n');
    expect(r.stdout.endsWith('\n\ncomplete -F _crictl crictl\n')).toBe(true);
    expect((await crictl(freshNode(), 'completion bash')).stdout).toBe(r.stdout);
  });

  it('zsh and fish; other shells fail', async () => {
    const zsh = (await crictl(freshNode(), 'completion zsh')).stdout;
    expect(zsh).toContain("'version:Display runtime version information'");
    expect(zsh).toContain("opts=('--config' '--debug' '--image-endpoint' '--runtime-endpoint' '--timeout' '--help' '--version')");
    const fish = (await crictl(freshNode(), 'completion fish')).stdout;
    expect(fish.startsWith('# crictl fish shell completion\n\nfunction __fish_crictl_no_subcommand')).toBe(true);
    expect(fish).toContain("complete -c crictl -n '__fish_crictl_no_subcommand' -f -l timeout -s t -r -d 'Timeout of connecting");
    expect(fish).toContain("complete -r -c crictl -n '__fish_crictl_no_subcommand' -a 'version' -d 'Display runtime version information'\n");
    expect((await crictl(freshNode(), 'completion tcsh')).stderr).toBe(`${time} level=fatal msg="only bash, zsh or fish are supported"\n`);
  });
});
