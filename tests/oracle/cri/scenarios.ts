// The CRI oracle's scenarios. Pods use the node's network (namespace_options.network = NODE),
// so no CNI plugin is needed; their log directories lie under CRI_FILES so that the real run
// leaves nothing behind. Images come from `ctr -n k8s.io images import` of the test archives
// (there is no registry to pull from without a network).

import { CRI_FILES } from './real-cri-run';
import type { Scenario, Step } from './scenario';

const BUSYBOX = 'docker.io/library/busybox:latest';
const LOGS = `${CRI_FILES}/logs`;

function podConfig(name: string, uid: string): Record<string, unknown> {
  return {
    metadata: { name, uid, namespace: 'default', attempt: 1 },
    logDirectory: `${LOGS}/default_${name}_${uid}`,
    labels: { app: name },
    annotations: { 'ctrlab.example/note': 'oracle' },
    linux: { securityContext: { namespaceOptions: { network: 'NODE' } } },
  };
}

function containerConfig(name: string, command: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    metadata: { name, attempt: 0 },
    image: { image: BUSYBOX },
    command,
    logPath: `${name}.log`,
    labels: { tier: 'test' },
    annotations: { 'ctrlab.example/container': name },
    ...extra,
  };
}

/** CreateContainer of `config` in sandbox `pod` (an id or `$name`), made from `sandboxConfig`; its id kept as `$as`. */
function createContainer(pod: string, sandboxConfig: Record<string, unknown>, config: Record<string, unknown>, as?: string): Step {
  return { rpc: 'CreateContainer', req: { podSandboxId: pod, config, sandboxConfig }, ...(as === undefined ? {} : { as }) };
}

/** StartContainer of `$name`, then a wait until it is in `state`. */
const startAndWait = (name: string, state: Extract<Step, { waitFor: string }>['state']): Step[] => [
  { rpc: 'StartContainer', req: { containerId: `$${name}` } },
  { waitFor: `$${name}`, state },
];

const importImages: Step[] = [
  { ctr: `ctr -n k8s.io images import ${CRI_FILES}/pause-oci.tar` },
  { ctr: `ctr -n k8s.io images import ${CRI_FILES}/busybox-oci.tar` },
];

const ctrView = (label: string): Step[] => [
  { ctr: `ctr -n k8s.io containers ls # ${label}` },
  { ctr: `ctr -n k8s.io tasks ls # ${label}` },
  { ctr: `ctr -n k8s.io snapshots ls # ${label}` },
  { ctr: `ctr -n k8s.io leases ls # ${label}` },
];

const pod1 = podConfig('web', 'uid-web-1');
const pod2 = podConfig('doomed', 'uid-doomed-1');
const logOf = (container: string) => `${LOGS}/default_web_uid-web-1/${container}.log`;

const podLifecycle: Scenario = {
  name: 'pod-lifecycle',
  about:
    'A whole pod: run a host-network sandbox, create/start/exec/stat/update/stop containers, logs, stop and remove, ' +
    'with what ctr -n k8s.io shows at each stage and the errors on the way (start twice, exec into an exited ' +
    'container, remove a ready sandbox, create in a missing sandbox, status of missing ids, remove an image in use).',
  steps: [
    { rpc: 'Version', req: {} },
    { rpc: 'Status', req: {} },
    // crictl info: the plugin's config and CNI state (the oracle's private paths read as stock ones).
    { rpc: 'Status', req: { verbose: true } },
    ...importImages,
    { rpc: 'ListImages', req: {} },
    { rpc: 'ImageStatus', req: { image: { image: BUSYBOX }, verbose: true } },
    { rpc: 'ImageStatus', req: { image: { image: 'docker.io/library/nothere:latest' } } },
    { rpc: 'ImageFsInfo', req: {} },
    { ctr: 'ctr -n k8s.io images ls' },

    { rpc: 'RunPodSandbox', req: { config: pod1 }, as: 'pod' },
    { rpc: 'ListPodSandbox', req: {} },
    { rpc: 'PodSandboxStatus', req: { podSandboxId: '$pod', verbose: true } },
    ...ctrView('sandbox ready'),
    { ctr: 'ctr -n k8s.io containers info $pod' },

    createContainer('$pod', pod1, containerConfig('main', ['sh', '-c', 'echo hello; echo oops >&2; exec sleep 1000'], {
      envs: [{ key: 'GREETING', value: 'hi' }],
      workingDir: '/tmp',
    }), 'main'),
    { rpc: 'ContainerStatus', req: { containerId: '$main', verbose: true } },
    { rpc: 'ListContainers', req: {} },
    ...ctrView('container created'),
    ...startAndWait('main', 'CONTAINER_RUNNING'),
    { rpc: 'StartContainer', req: { containerId: '$main' } },
    { rpc: 'ContainerStatus', req: { containerId: '$main', verbose: true } },
    { rpc: 'ListContainers', req: { filter: { state: { state: 'CONTAINER_RUNNING' } } } },
    { rpc: 'ListContainers', req: { filter: { podSandboxId: '$pod', labelSelector: { tier: 'test' } } } },
    { rpc: 'ExecSync', req: { containerId: '$main', cmd: ['sh', '-c', 'echo out; echo err >&2; exit 7'], timeout: 10 } },
    { rpc: 'ExecSync', req: { containerId: '$main', cmd: ['sh', '-c', 'echo $GREETING; pwd'], timeout: 0 } },
    { rpc: 'ExecSync', req: { containerId: '$main', cmd: ['/no/such/binary'], timeout: 0 } },
    { rpc: 'ContainerStats', req: { containerId: '$main' } },
    {
      rpc: 'UpdateContainerResources',
      req: { containerId: '$main', linux: { cpuShares: '512', memoryLimitInBytes: '67108864' } },
    },
    { rpc: 'ContainerStatus', req: { containerId: '$main' } },
    { rpc: 'ReopenContainerLog', req: { containerId: '$main' } },
    ...ctrView('container running'),
    { ctr: 'ctr -n k8s.io containers info $main' },

    createContainer('$pod', pod1, containerConfig('once', ['sh', '-c', 'echo bye; exit 3']), 'once'),
    ...startAndWait('once', 'CONTAINER_EXITED'),
    { rpc: 'ContainerStatus', req: { containerId: '$once', verbose: true } },
    { rpc: 'ExecSync', req: { containerId: '$once', cmd: ['true'], timeout: 0 } },
    { rpc: 'StartContainer', req: { containerId: '$once' } },
    { rpc: 'ReopenContainerLog', req: { containerId: '$once' } },
    { readFile: logOf('once') },

    { rpc: 'StopContainer', req: { containerId: '$main', timeout: 1 } },
    { rpc: 'ContainerStatus', req: { containerId: '$main' } },
    { rpc: 'StopContainer', req: { containerId: '$main', timeout: 1 } },
    { readFile: logOf('main') },

    // RemovePodSandbox of a ready pod with a running container: containerd 1.6 stops it first
    // (crictl's "please stop it first" is crictl's own check, not the plugin's).
    { rpc: 'RunPodSandbox', req: { config: pod2 }, as: 'doomed' },
    createContainer('$doomed', pod2, containerConfig('sleeper', ['sleep', '1000']), 'sleeper'),
    ...startAndWait('sleeper', 'CONTAINER_RUNNING'),
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$doomed' } },
    { rpc: 'ContainerStatus', req: { containerId: '$sleeper' } },
    { rpc: 'ListPodSandbox', req: {} },
    ...ctrView('second pod removed while ready'),

    // RemoveImage of an image that containers were created from.
    { rpc: 'RemoveImage', req: { image: { image: BUSYBOX } } },
    { rpc: 'ListImages', req: {} },
    { rpc: 'ContainerStatus', req: { containerId: '$once' } },
    { ctr: 'ctr -n k8s.io images ls -q' },

    // Missing ids.
    createContainer('f00dbeef', pod1, containerConfig('lost', ['true'])),
    { rpc: 'ContainerStatus', req: { containerId: 'deadbeef' } },
    { rpc: 'PodSandboxStatus', req: { podSandboxId: 'deadbeef' } },
    { rpc: 'StopContainer', req: { containerId: 'deadbeef', timeout: 0 } },
    { rpc: 'RemoveContainer', req: { containerId: 'deadbeef' } },
    { rpc: 'StopPodSandbox', req: { podSandboxId: 'deadbeef' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: 'deadbeef' } },
    { rpc: 'ExecSync', req: { containerId: 'deadbeef', cmd: ['true'], timeout: 0 } },
    { rpc: 'ContainerStats', req: { containerId: 'deadbeef' } },
    { rpc: 'UpdateContainerResources', req: { containerId: 'deadbeef', linux: { cpuShares: '512' } } },
    { rpc: 'ReopenContainerLog', req: { containerId: 'deadbeef' } },

    // Stop and remove.
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'PodSandboxStatus', req: { podSandboxId: '$pod', verbose: true } },
    { rpc: 'ListPodSandbox', req: {} },
    { rpc: 'ListContainers', req: {} },
    ...ctrView('sandbox stopped'),
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'RemoveContainer', req: { containerId: '$once' } },
    { rpc: 'RemoveContainer', req: { containerId: '$once' } },
    { readFile: logOf('once') },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'ContainerStatus', req: { containerId: '$main' } },
    { rpc: 'ListPodSandbox', req: {} },
    { rpc: 'ListContainers', req: {} },
    { readFile: logOf('main') },
    // Not `snapshots ls` here: the removed busybox image's layer is collected by containerd's
    // garbage collector when it next runs, which a loaded machine puts off (a race, not a fact).
    ...ctrView('sandbox removed').filter((s) => !('ctr' in s && s.ctr.includes('snapshots'))),
    { ctr: 'ctr -n k8s.io images ls -q' },
    { rpc: 'RemoveImage', req: { image: { image: 'docker.io/library/nothere:latest' } } },
    { rpc: 'ImageFsInfo', req: {} },
  ],
};


const pod3 = podConfig('cross', 'uid-cross-1');

const imagesAndCrossClient: Scenario = {
  name: 'images-and-cross-client',
  about:
    'Image records as CRI sees them (short names, ids, id prefixes, several tags, RemoveImage of one tag, ' +
    'ctr removing one record, an image in another namespace, a pull without a registry) and what ctr -n k8s.io ' +
    'does to CRI objects (killing a task, removing an exited container).',
  steps: [
    ...importImages,
    { ctr: `ctr -n default images import ${CRI_FILES}/nginx-docker.tar` },
    { rpc: 'ListImages', req: {} },
    { rpc: 'ImageStatus', req: { image: { image: 'busybox' } } },
    { rpc: 'ImageStatus', req: { image: { image: 'docker.io/library/busybox' } } },
    { rpc: 'ImageStatus', req: { image: { image: 'sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21' } } },
    { rpc: 'ImageStatus', req: { image: { image: 'd3f0f01e2971' } } },
    { rpc: 'ImageStatus', req: { image: { image: 'docker.io/library/nginx:alpine' } } },
    { rpc: 'ImageStatus', req: { image: { image: 'Not A Reference' } } },
    { rpc: 'ListImages', req: { filter: { image: { image: 'busybox' } } } },
    { ctr: 'ctr -n k8s.io images ls -q' },
    { ctr: 'ctr -n k8s.io images tag docker.io/library/busybox:latest docker.io/library/busybox:v2' },
    { ctr: 'ctr -n k8s.io images tag docker.io/library/busybox:latest example.com/tools/busybox:1.0' },
    { rpc: 'ListImages', req: {} },
    { rpc: 'ImageStatus', req: { image: { image: 'example.com/tools/busybox:1.0' } } },
    { ctr: 'ctr -n k8s.io images ls -q' },
    { rpc: 'RemoveImage', req: { image: { image: 'docker.io/library/busybox:v2' } } },
    { rpc: 'ListImages', req: {} },
    { ctr: 'ctr -n k8s.io images ls -q' },
    { ctr: `ctr -n k8s.io images import ${CRI_FILES}/busybox-oci.tar` },
    { ctr: 'ctr -n k8s.io images rm docker.io/library/busybox:latest' },
    { rpc: 'ListImages', req: {} },
    { rpc: 'ImageStatus', req: { image: { image: 'busybox' } } },
    { ctr: `ctr -n k8s.io images import ${CRI_FILES}/busybox-oci.tar` },
    { rpc: 'ListImages', req: {} },
    { rpc: 'RemoveImage', req: { image: { image: 'sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21' } } },
    { rpc: 'ListImages', req: {} },
    { ctr: `ctr -n k8s.io images import ${CRI_FILES}/busybox-oci.tar` },
    { rpc: 'PullImage', req: { image: { image: '' } } },
    { rpc: 'PullImage', req: { image: { image: 'Not A Reference' } } },

    // ctr acting on CRI's objects.
    { rpc: 'RunPodSandbox', req: { config: pod3 }, as: 'pod' },
    createContainer('$pod', pod3, containerConfig('victim', ['sleep', '1000']), 'victim'),
    ...startAndWait('victim', 'CONTAINER_RUNNING'),
    { ctr: 'ctr -n k8s.io tasks kill $victim' },
    { waitFor: '$victim', state: 'CONTAINER_EXITED' },
    { rpc: 'ContainerStatus', req: { containerId: '$victim' } },
    { ctr: 'ctr -n k8s.io tasks ls' },
    { ctr: 'ctr -n k8s.io containers rm $victim' },
    { rpc: 'ContainerStatus', req: { containerId: '$victim' } },
    { rpc: 'ListContainers', req: {} },
    { ctr: 'ctr -n k8s.io containers ls' },
    { rpc: 'RemoveContainer', req: { containerId: '$victim' } },
    { rpc: 'ListContainers', req: {} },
    { ctr: 'ctr -n k8s.io tasks kill -s KILL $pod' },
    { waitFor: '$pod', state: 'SANDBOX_NOTREADY' },
    { rpc: 'PodSandboxStatus', req: { podSandboxId: '$pod' } },
    { rpc: 'ListPodSandbox', req: {} },
    { ctr: 'ctr -n k8s.io tasks ls' },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$pod' } },
    { ctr: 'ctr -n k8s.io containers ls' },
    { ctr: 'ctr -n default images ls -q' },
  ],
};

const pod4 = podConfig('misc', 'uid-misc-1');

const configsStreamsStats: Scenario = {
  name: 'configs-streams-stats',
  about:
    'Container config fields (mounts, env, user, tty, working dir) as status and verbose info show them, name ' +
    'reservations (a second sandbox or container with the same metadata), a pod network without CNI, a missing ' +
    'image, the streaming URLs of Exec/Attach/PortForward, and the stats RPCs.',
  steps: [
    ...importImages,
    { rpc: 'RunPodSandbox', req: { config: pod4 }, as: 'pod' },
    { rpc: 'RunPodSandbox', req: { config: pod4 } },
    // A pod network needs CNI, which the oracle's daemon has none of (private, empty conf_dir).
    { rpc: 'RunPodSandbox', req: { config: { ...podConfig('netpod', 'uid-net-1'), linux: {} } }, as: 'netpod' },
    { rpc: 'ListPodSandbox', req: {} },
    createContainer('$pod', pod4, containerConfig('rich', ['sh', '-c', 'id; cat /data/hello.txt; exec sleep 1000'], {
      args: [],
      envs: [{ key: 'A', value: '1' }, { key: 'B', value: 'two words' }],
      workingDir: '/data',
      tty: true,
      mounts: [{ containerPath: '/data', hostPath: `${CRI_FILES}/data`, readonly: true }],
      linux: { securityContext: { runAsUser: { value: '1000' } }, resources: { memoryLimitInBytes: '134217728' } },
    }), 'rich'),
    createContainer('$pod', pod4, containerConfig('rich', ['true'])),
    createContainer('$pod', pod4, { ...containerConfig('noimage', ['true']), image: { image: 'docker.io/library/nothere:1' } }),
    { rpc: 'ContainerStatus', req: { containerId: '$rich', verbose: true } },
    ...startAndWait('rich', 'CONTAINER_RUNNING'),
    { rpc: 'ExecSync', req: { containerId: '$rich', cmd: ['sh', '-c', 'echo $A $B; pwd; id -u'], timeout: 5 } },
    { rpc: 'ExecSync', req: { containerId: '$rich', cmd: ['sleep', '5'], timeout: 1 } },
    { rpc: 'Exec', req: { containerId: '$rich', cmd: ['sh'], tty: true, stdin: true, stdout: true } },
    { rpc: 'Exec', req: { containerId: '$rich', cmd: ['sh'] } },
    { rpc: 'Attach', req: { containerId: '$rich', stdin: true, tty: true, stdout: true } },
    { rpc: 'PortForward', req: { podSandboxId: '$pod', port: [80] } },
    { rpc: 'ListContainerStats', req: {} },
    { rpc: 'PodSandboxStats', req: { podSandboxId: '$pod' } },
    { rpc: 'ListPodSandboxStats', req: {} },
    { rpc: 'StopContainer', req: { containerId: '$rich', timeout: 0 } },
    { rpc: 'ContainerStatus', req: { containerId: '$rich' } },
    { readFile: `${LOGS}/default_misc_uid-misc-1/rich.log` },
    { rpc: 'ListContainerStats', req: {} },

    // The CRI log format's partial lines: a line longer than the 16 KiB buffer is cut into P
    // records, and output that ends without a newline is a P record too.
    createContainer('$pod', pod4, containerConfig('partial', ['sh', '-c', "head -c 16390 /dev/zero | tr '\\0' x; echo; echo err >&2; printf 'no newline'"]), 'partial'),
    ...startAndWait('partial', 'CONTAINER_EXITED'),
    { rpc: 'ContainerStatus', req: { containerId: '$partial' } },
    { readFile: `${LOGS}/default_misc_uid-misc-1/partial.log` },

    // Log rotation as the kubelet does it: rename the file, ReopenContainerLog, and what the
    // container writes next goes to a new file. The container waits for a file on the host.
    createContainer('$pod', pod4, containerConfig('rot', ['sh', '-c', 'echo before; while [ ! -e /data/go ]; do sleep 0.1; done; echo after'], {
      mounts: [{ containerPath: '/data', hostPath: `${CRI_FILES}/data`, readonly: true }],
    }), 'rot'),
    ...startAndWait('rot', 'CONTAINER_RUNNING'),
    { rpc: 'ExecSync', req: { containerId: '$rot', cmd: ['true'], timeout: 5 } },
    { ctr: `mv ${LOGS}/default_misc_uid-misc-1/rot.log ${LOGS}/default_misc_uid-misc-1/rot.log.1` },
    { rpc: 'ReopenContainerLog', req: { containerId: '$rot' } },
    { ctr: `touch ${CRI_FILES}/data/go` },
    { waitFor: '$rot', state: 'CONTAINER_EXITED' },
    { readFile: `${LOGS}/default_misc_uid-misc-1/rot.log.1` },
    { readFile: `${LOGS}/default_misc_uid-misc-1/rot.log` },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'PodSandboxStatus', req: { podSandboxId: '$netpod', verbose: true } },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$netpod' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$netpod' } },
    { rpc: 'ListPodSandbox', req: {} },
  ],
};


const pod5 = { ...podConfig('netpod', 'uid-net-2'), hostname: 'netpod-host', linux: {} };

const podNetworkCni: Scenario = {
  name: 'pod-network-cni',
  about:
    'A pod on a CNI bridge network (Debian\'s containernetworking-plugins, bridge ctrlab-cri0 on 10.213.7.0/24, ' +
    'no masquerading): its IP, network namespace and hostname, and what stopping and removing it undoes.',
  cni: true,
  steps: [
    ...importImages,
    { rpc: 'Status', req: {} },
    { rpc: 'RunPodSandbox', req: { config: pod5 }, as: 'pod' },
    { rpc: 'PodSandboxStatus', req: { podSandboxId: '$pod', verbose: true } },
    createContainer('$pod', pod5, containerConfig('web', ['sh', '-c', 'ip -4 -o addr show eth0; hostname; exec sleep 1000']), 'web'),
    ...startAndWait('web', 'CONTAINER_RUNNING'),
    { rpc: 'ExecSync', req: { containerId: '$web', cmd: ['sh', '-c', 'ip -4 route; cat /etc/hostname'], timeout: 5 } },
    { ctr: 'ctr -n k8s.io tasks ls' },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'PodSandboxStatus', req: { podSandboxId: '$pod', verbose: true } },
    { rpc: 'ContainerStatus', req: { containerId: '$web' } },
    { readFile: `${LOGS}/default_netpod_uid-net-2/web.log` },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'ListPodSandbox', req: {} },
    { ctr: 'ctr -n k8s.io containers ls' },
  ],
};


const podA = podConfig('alpha', 'uid-alpha-1');
const podB = { ...podConfig('beta', 'uid-beta-1'), labels: { app: 'beta', tier: 'back' } };

const filtersPrefixesAttempts: Scenario = {
  name: 'filters-prefixes-attempts',
  about:
    'What crictl\'s flags turn into: ListPodSandbox and ListContainers filters (id, id prefix, state, pod, ' +
    'labels), unique id prefixes accepted by the status, stop and remove RPCs, and a container created again ' +
    'with the next attempt after its first one exited.',
  steps: [
    ...importImages,
    { rpc: 'RunPodSandbox', req: { config: podA }, as: 'podA' },
    { rpc: 'RunPodSandbox', req: { config: podB }, as: 'podB' },
    createContainer('$podA', podA, containerConfig('job', ['sh', '-c', 'echo first']), 'job0'),
    ...startAndWait('job0', 'CONTAINER_EXITED'),
    createContainer('$podA', podA, { ...containerConfig('job', ['sh', '-c', 'echo second; exec sleep 1000']), metadata: { name: 'job', attempt: 1 } }, 'job1'),
    { rpc: 'StartContainer', req: { containerId: '$job1[13]' } },
    { waitFor: '$job1', state: 'CONTAINER_RUNNING' },
    createContainer('$podA[13]', podA, containerConfig('idle', ['sleep', '1000']), 'idle'),
    createContainer('$podB', podB, { ...containerConfig('db', ['sleep', '1000']), labels: { tier: 'back' } }, 'db'),
    ...startAndWait('db', 'CONTAINER_RUNNING'),

    { rpc: 'ListPodSandbox', req: { filter: { id: '$podA' } } },
    { rpc: 'ListPodSandbox', req: { filter: { id: '$podA[13]' } } },
    { rpc: 'ListPodSandbox', req: { filter: { labelSelector: { tier: 'back' } } } },
    { rpc: 'ListPodSandbox', req: { filter: { state: { state: 'SANDBOX_NOTREADY' } } } },
    { rpc: 'ListContainers', req: { filter: { podSandboxId: '$podA' } } },
    { rpc: 'ListContainers', req: { filter: { podSandboxId: '$podA[13]' } } },
    { rpc: 'ListContainers', req: { filter: { id: '$job1[13]' } } },
    { rpc: 'ListContainers', req: { filter: { state: { state: 'CONTAINER_EXITED' } } } },
    { rpc: 'ListContainers', req: { filter: { state: { state: 'CONTAINER_CREATED' } } } },
    { rpc: 'ListContainers', req: { filter: { labelSelector: { tier: 'back' } } } },
    { rpc: 'ListContainers', req: { filter: { labelSelector: { 'io.kubernetes.container.name': 'job' } } } },
    { rpc: 'ListContainers', req: { filter: { podSandboxId: 'nosuchpod' } } },
    { rpc: 'ContainerStatus', req: { containerId: '$job0[13]' } },
    { rpc: 'ContainerStatus', req: { containerId: '$job1' } },
    { rpc: 'PodSandboxStatus', req: { podSandboxId: '$podB[13]' } },
    { rpc: 'ContainerStatus', req: { containerId: '' } },
    { rpc: 'PodSandboxStatus', req: { podSandboxId: '' } },
    { rpc: 'StopContainer', req: { containerId: '$db[13]', timeout: 0 } },
    { rpc: 'RemoveContainer', req: { containerId: '$db[13]' } },
    { rpc: 'RemoveContainer', req: { containerId: '$job1' } },
    { rpc: 'ListContainers', req: {} },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$podB[13]' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$podB[13]' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$podA' } },
    { rpc: 'ListPodSandbox', req: {} },
    { ctr: 'ctr -n k8s.io containers ls' },
  ],
};

export const SCENARIOS: Scenario[] = [podLifecycle, imagesAndCrossClient, configsStreamsStats, podNetworkCni, filtersPrefixesAttempts];
