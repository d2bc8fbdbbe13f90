// The CRI oracle's scenarios. Pods use the node's network (namespace_options.network = NODE),
// so no CNI plugin is needed; their log directories lie under CRI_FILES so that the real run
// leaves nothing behind. Images come from `ctr -n k8s.io images import` of the test archives
// (there is no registry to pull from without a network).

import { CRI_FILES } from './real-cri-run';
import type { Scenario, Step } from './scenario';
import { BUSYBOX, LOGS, containerConfig, createContainer, ctrView, importImages, podConfig, runToExitSteps, startAndWait } from './scenario-steps';
import { LEARNER_SCENARIOS } from './scenarios-learner';
import { LEARNER_SCENARIOS_2 } from './scenarios-learner-2';
import { CONFIG_TOML_SCENARIOS } from './scenarios-config-toml';

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

const podE = podConfig('edge', 'uid-edge-1');
const logOfEdge = (container: string) => `${LOGS}/default_edge_uid-edge-1/${container}.log`;

const edgesAndErrors: Scenario = {
  name: 'edges-and-errors',
  about:
    'What crictl users run into beyond the happy path: a command that does not exist or is not executable ' +
    '(StartContainer\'s error, reason StartError, exit 128), exits by code and by signal, every RPC on a ' +
    'created-but-not-started container, RemoveContainer of a running one, ExecSync corner cases, filters ' +
    'that match nothing, requests the plugin refuses (no metadata, no image, unknown runtime handler), and ' +
    'creating or starting in a stopped sandbox.',
  steps: [
    ...importImages,
    { rpc: 'RunPodSandbox', req: { config: podE }, as: 'pod' },
    { rpc: 'RunPodSandbox', req: { config: podE, runtimeHandler: 'nosuch' } },
    { rpc: 'RunPodSandbox', req: { config: { ...podE, metadata: undefined } } },
    { rpc: 'RunPodSandbox', req: {} },

    // Commands that cannot start.
    createContainer('$pod', podE, containerConfig('nocmd', ['/no/such/cmd']), 'nocmd'),
    { rpc: 'StartContainer', req: { containerId: '$nocmd' } },
    { rpc: 'ContainerStatus', req: { containerId: '$nocmd', verbose: true } },
    { rpc: 'StartContainer', req: { containerId: '$nocmd' } },
    { readFile: logOfEdge('nocmd') },
    createContainer('$pod', podE, containerConfig('noexec', ['/etc/passwd']), 'noexec'),
    { rpc: 'StartContainer', req: { containerId: '$noexec' } },
    { rpc: 'ContainerStatus', req: { containerId: '$noexec' } },
    createContainer('$pod', podE, containerConfig('nobin', ['nosuchbinary', 'arg']), 'nobin'),
    { rpc: 'StartContainer', req: { containerId: '$nobin' } },
    { rpc: 'ContainerStatus', req: { containerId: '$nobin' } },

    // Exits: a code, a signal, no command at all (the image's CMD, sh with no terminal).
    createContainer('$pod', podE, containerConfig('fail', ['sh', '-c', 'echo boom >&2; exit 42']), 'fail'),
    ...startAndWait('fail', 'CONTAINER_EXITED'),
    { rpc: 'ContainerStatus', req: { containerId: '$fail', verbose: true } },
    { readFile: logOfEdge('fail') },
    createContainer('$pod', podE, containerConfig('killed', ['sh', '-c', 'kill -9 $$']), 'killed'),
    ...startAndWait('killed', 'CONTAINER_EXITED'),
    { rpc: 'ContainerStatus', req: { containerId: '$killed' } },
    createContainer('$pod', podE, { ...containerConfig('default', []), command: undefined }, 'dflt'),
    ...startAndWait('dflt', 'CONTAINER_EXITED'),
    { rpc: 'ContainerStatus', req: { containerId: '$dflt' } },
    { rpc: 'UpdateContainerResources', req: { containerId: '$fail', linux: { cpuShares: '256' } } },
    { rpc: 'Exec', req: { containerId: '$fail', cmd: ['sh'], stdout: true } },
    { rpc: 'Attach', req: { containerId: '$fail', stdout: true } },
    { rpc: 'ContainerStats', req: { containerId: '$fail' } },

    // Every RPC on a container that was created and never started.
    createContainer('$pod', podE, containerConfig('idle', ['sleep', '1000']), 'idle'),
    { rpc: 'ExecSync', req: { containerId: '$idle', cmd: ['true'], timeout: 0 } },
    { rpc: 'Exec', req: { containerId: '$idle', cmd: ['sh'], stdout: true } },
    { rpc: 'Attach', req: { containerId: '$idle', stdout: true } },
    { rpc: 'ReopenContainerLog', req: { containerId: '$idle' } },
    { rpc: 'ContainerStats', req: { containerId: '$idle' } },
    { rpc: 'UpdateContainerResources', req: { containerId: '$idle', linux: { cpuShares: '256', memoryLimitInBytes: '33554432' } } },
    { rpc: 'ContainerStatus', req: { containerId: '$idle' } },
    { rpc: 'StopContainer', req: { containerId: '$idle', timeout: 0 } },
    { rpc: 'ContainerStatus', req: { containerId: '$idle' } },
    { ctr: 'ctr -n k8s.io tasks ls' },
    { rpc: 'RemoveContainer', req: { containerId: '$idle' } },
    { rpc: 'StartContainer', req: { containerId: '$idle' } },
    { rpc: 'ContainerStatus', req: { containerId: '$idle' } },
    { readFile: logOfEdge('idle') },

    // ExecSync's corner cases in a running container, then RemoveContainer while it runs.
    createContainer('$pod', podE, containerConfig('run', ['sleep', '1000']), 'run'),
    ...startAndWait('run', 'CONTAINER_RUNNING'),
    { rpc: 'ExecSync', req: { containerId: '$run', cmd: ['sh', '-c', 'printf "a\\nb"; printf x >&2; exit 1'], timeout: 0 } },
    { rpc: 'ExecSync', req: { containerId: '$run', cmd: ['/etc/passwd'], timeout: 0 } },
    { rpc: 'ExecSync', req: { containerId: '$run', cmd: ['sh', '-c', 'kill -9 $$'], timeout: 0 } },
    { rpc: 'ExecSync', req: { containerId: '$run', cmd: ['pwd'], timeout: 0 } },
    { rpc: 'ExecSync', req: { containerId: '$run', cmd: [], timeout: 0 } },
    { rpc: 'ListContainerStats', req: { filter: { id: '$run' } } },
    { rpc: 'RemoveContainer', req: { containerId: '$run' } },
    { rpc: 'ContainerStatus', req: { containerId: '$run' } },
    { ctr: 'ctr -n k8s.io tasks ls' },

    // Filters.
    { rpc: 'ListContainers', req: { filter: { podSandboxId: '$pod', state: { state: 'CONTAINER_EXITED' } } } },
    { rpc: 'ListContainers', req: { filter: { labelSelector: { tier: 'nope' } } } },
    { rpc: 'ListContainers', req: { filter: { id: 'ffffffff' } } },
    { rpc: 'ListContainers', req: { filter: { labelSelector: { 'io.kubernetes.pod.name': 'edge', tier: 'test' } } } },
    { rpc: 'ListPodSandbox', req: { filter: { state: { state: 'SANDBOX_READY' } } } },
    { rpc: 'ListPodSandbox', req: { filter: { labelSelector: { 'io.kubernetes.pod.namespace': 'default' } } } },
    { rpc: 'ListPodSandbox', req: { filter: { id: 'ffffffff' } } },
    { rpc: 'ListImages', req: { filter: { image: { image: 'docker.io/library/nothere:latest' } } } },
    { rpc: 'ListImages', req: { filter: { image: { image: 'sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21' } } } },
    { rpc: 'ImageStatus', req: { image: { image: 'docker.io/library/nothere:latest' }, verbose: true } },
    { rpc: 'ImageStatus', req: { image: { image: '' } } },
    { rpc: 'RemoveImage', req: { image: { image: '' } } },

    // Requests the plugin refuses.
    createContainer('$pod', podE, { ...containerConfig('nometa', ['true']), metadata: undefined }),
    createContainer('$pod', podE, { ...containerConfig('noimage', ['true']), image: { image: '' } }),
    createContainer('$pod', podE, { ...containerConfig('', ['true']) }),
    { rpc: 'CreateContainer', req: { podSandboxId: '$pod' } },
    { rpc: 'PortForward', req: { podSandboxId: 'deadbeef', port: [80] } },

    // A stopped sandbox: its created container cannot start, a new one cannot be created.
    createContainer('$pod', podE, containerConfig('late', ['sleep', '1000']), 'late'),
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'StartContainer', req: { containerId: '$late' } },
    { rpc: 'ContainerStatus', req: { containerId: '$late' } },
    createContainer('$pod', podE, containerConfig('after', ['true'])),
    { rpc: 'PortForward', req: { podSandboxId: '$pod', port: [80] } },
    { rpc: 'ListContainers', req: { filter: { podSandboxId: '$pod' } } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'ContainerStatus', req: { containerId: '$fail' } },
    { rpc: 'ListContainers', req: {} },
    { readFile: logOfEdge('fail') },
    { ctr: 'ctr -n k8s.io containers ls' },
  ],
};

const podC = podConfig('cfg', 'uid-cfg-1');
const logOfCfg = (container: string) => `${LOGS}/default_cfg_uid-cfg-1/${container}.log`;
const runToExit = (name: string, command: string[] | undefined, extra: Record<string, unknown> = {}): Step[] =>
  runToExitSteps(podC, logOfCfg, name, { ...containerConfig(name, command ?? []), ...(command ? {} : { command: undefined }), ...extra });

const configEdges: Scenario = {
  name: 'config-edges',
  about:
    'Container config fields a learner writes into c.json and what the container then sees: users and groups ' +
    '(by id, by name, a missing name), a working dir that does not exist, a read-only rootfs, args without ' +
    'command, duplicate env keys, log paths (none, in a subdirectory), a host path that does not exist, a file ' +
    'mount, dropped capabilities, a privileged container in an unprivileged pod, DNS config, a TERM trap on ' +
    'stop, and the sandbox name kept reserved until the pod is removed.',
  steps: [
    ...importImages,
    { rpc: 'RunPodSandbox', req: { config: { ...podC, dnsConfig: { servers: ['10.0.0.10'], searches: ['svc.example'], options: ['ndots:5'] } } }, as: 'pod' },
    ...runToExit('ids', ['sh', '-c', 'id; echo $HOME; echo $PATH'], {
      linux: { securityContext: { runAsUser: { value: '1000' }, runAsGroup: { value: '2000' }, supplementalGroups: ['3000', '4000'] } },
    }),
    ...runToExit('byname', ['id'], { linux: { securityContext: { runAsUsername: 'nobody' } } }),
    createContainer('$pod', podC, { ...containerConfig('nouser', ['id']), linux: { securityContext: { runAsUsername: 'nosuchuser' } } }),
    createContainer('$pod', podC, { ...containerConfig('badgroup', ['id']), linux: { securityContext: { runAsGroup: { value: '2000' } } } }),
    ...runToExit('wd', ['sh', '-c', 'pwd; ls -ld . | { read mode links owner group rest; echo $mode $owner $group; }'], { workingDir: '/does/not/exist' }),
    ...runToExit('ro', ['sh', '-c', 'touch /x; echo rc=$?; touch /tmp/y; echo rc=$?'], { linux: { securityContext: { readonlyRootfs: true } } }),
    ...runToExit('argsonly', undefined, { args: ['echo', 'from', 'args'] }),
    ...runToExit('cmdargs', ['echo'], { args: ['a', 'b'] }),
    ...runToExit('dupenv', ['sh', '-c', 'echo $A; env | grep -c ^A='], { envs: [{ key: 'A', value: '1' }, { key: 'A', value: '2' }] }),
    ...runToExit('resolv', ['cat', '/etc/resolv.conf']),
    ...runToExit('caps', ['sh', '-c', 'grep ^Cap /proc/self/status'], { linux: { securityContext: { capabilities: { dropCapabilities: ['ALL'] } } } }),
    ...runToExit('capadd', ['sh', '-c', 'grep ^CapEff /proc/self/status'], { linux: { securityContext: { capabilities: { addCapabilities: ['NET_ADMIN', 'SYS_TIME'] } } } }),
    createContainer('$pod', podC, { ...containerConfig('priv', ['true']), linux: { securityContext: { privileged: true } } }),
    ...runToExit('newhost', ['sh', '-c', 'ls /mnt; echo > /mnt/made; echo rc=$?'], {
      mounts: [{ containerPath: '/mnt', hostPath: `${CRI_FILES}/data/newdir/sub` }],
    }),
    { ctr: 'ls -la data/newdir/sub | sed 1d | awk \'{print $1, $NF}\'' },
    ...runToExit('filemount', ['sh', '-c', 'cat /etc/hello; ls -l /etc/hello | { read mode rest; echo $mode; }'], {
      mounts: [{ containerPath: '/etc/hello', hostPath: `${CRI_FILES}/data/hello.txt`, readonly: true }],
    }),
    createContainer('$pod', podC, { ...containerConfig('nolog', ['echo', 'unseen']), logPath: '' }, 'nolog'),
    ...startAndWait('nolog', 'CONTAINER_EXITED'),
    { rpc: 'ContainerStatus', req: { containerId: '$nolog' } },
    { rpc: 'ReopenContainerLog', req: { containerId: '$nolog' } },
    createContainer('$pod', podC, { ...containerConfig('sublog', ['echo', 'deep']), logPath: 'sub/dir/deep.log' }, 'sublog'),
    ...startAndWait('sublog', 'CONTAINER_EXITED'),
    { readFile: `${LOGS}/default_cfg_uid-cfg-1/sub/dir/deep.log` },

    // A TERM trap: StopContainer's SIGTERM runs it and the exit code is the trap's.
    createContainer('$pod', podC, containerConfig('trap', ['sh', '-c', 'trap "echo got TERM; exit 5" TERM; echo ready; while true; do sleep 0.1; done']), 'trap'),
    ...startAndWait('trap', 'CONTAINER_RUNNING'),
    { rpc: 'ExecSync', req: { containerId: '$trap', cmd: ['true'], timeout: 5 } },
    { rpc: 'StopContainer', req: { containerId: '$trap', timeout: 10 } },
    { rpc: 'ContainerStatus', req: { containerId: '$trap' } },
    { readFile: logOfCfg('trap') },
    { rpc: 'ContainerStatus', req: { containerId: '$ro', verbose: true } },

    // The sandbox name stays reserved while the stopped pod exists, and is free once it is removed.
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'RunPodSandbox', req: { config: podC } },
    { rpc: 'RunPodSandbox', req: { config: { ...podC, metadata: { ...(podC.metadata as object), attempt: 2 } } }, as: 'pod2' },
    { rpc: 'ListPodSandbox', req: { filter: { labelSelector: { app: 'cfg' } } } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'RunPodSandbox', req: { config: podC }, as: 'pod3' },
    { rpc: 'ListPodSandbox', req: {} },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$pod2' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$pod2' } },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$pod3' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$pod3' } },
    { ctr: 'ctr -n k8s.io containers ls' },
  ],
};

const podR = podConfig('rt', 'uid-rt-1');
const logOfRt = (container: string) => `${LOGS}/default_rt_uid-rt-1/${container}.log`;
const runRt = (name: string, config: Record<string, unknown>, state: 'CONTAINER_RUNNING' | 'CONTAINER_EXITED'): Step[] => [
  createContainer('$pod', podR, config, name),
  ...startAndWait(name, state),
  { rpc: 'ContainerStatus', req: { containerId: `$${name}` } },
];

const runtimeEdges: Scenario = {
  name: 'runtime-edges',
  about:
    'What a running pod shows a learner: a TTY container\'s log lines, exit codes past 255, an out-of-memory kill ' +
    '(reason OOMKilled), the pod\'s shared PID namespace and a container\'s own, an image with an entrypoint and ' +
    'args only, a container waiting on stdin, refused resource updates, and stats filters.',
  steps: [
    ...importImages,
    { ctr: `ctr -n k8s.io images import ${CRI_FILES}/nginx-docker.tar` },
    // A hostname needs the pod's own UTS namespace, which a host-network pod does not get.
    { rpc: 'RunPodSandbox', req: { config: { ...podR, hostname: 'rt-host' } } },
    { rpc: 'ListPodSandbox', req: {} },
    { rpc: 'RunPodSandbox', req: { config: podR }, as: 'pod' },
    // A TTY container whose shell has ended stays RUNNING on the real node until its pty is
    // closed, so this one sleeps after its output; ExecSync lets the log catch up.
    ...runRt('tty', containerConfig('tty', ['sh', '-c', 'echo one; printf "two\\nthree"; echo; tty; exec sleep 1000'], { tty: true }), 'CONTAINER_RUNNING'),
    { rpc: 'ExecSync', req: { containerId: '$tty', cmd: ['sleep', '0.5'], timeout: 5 } },
    { readFile: logOfRt('tty') },
    ...runRt('big', containerConfig('big', ['sh', '-c', 'exit 300']), 'CONTAINER_EXITED'),
    ...runRt('oom', containerConfig('oom', ['sh', '-c', 'echo start; tail /dev/zero'], {
      linux: { resources: { memoryLimitInBytes: '16777216' } },
    }), 'CONTAINER_EXITED'),
    { readFile: logOfRt('oom') },
    // The pod's PID namespace is shared (the pause process, the tty container, this shell and
    // ps); a container's own has its shell as PID 1. (Process names are not compared where the
    // pause process is among them: the oracle's pause is a stand-in.)
    ...runRt('podpid', containerConfig('podpid', ['sh', '-c', 'ps -o user; hostname; exec sleep 1000']), 'CONTAINER_RUNNING'),
    ...runRt('ownpid', containerConfig('ownpid', ['sh', '-c', 'ps -o comm; echo $$; exec sleep 1000'], {
      linux: { securityContext: { namespaceOptions: { pid: 'CONTAINER' } } },
    }), 'CONTAINER_RUNNING'),
    { rpc: 'ExecSync', req: { containerId: '$ownpid', cmd: ['ps', '-o', 'comm'], timeout: 5 } },
    { readFile: logOfRt('podpid') },
    { readFile: logOfRt('ownpid') },
    // The test nginx is a stand-in script that runs busybox httpd; its image's STOPSIGNAL is SIGQUIT.
    ...runRt('web', { ...containerConfig('web', []), command: undefined, image: { image: 'docker.io/library/nginx:alpine' }, args: ['nginx', 'from', 'args'] }, 'CONTAINER_RUNNING'),
    { rpc: 'ExecSync', req: { containerId: '$web', cmd: ['sleep', '0.5'], timeout: 5 } },
    { readFile: logOfRt('web') },
    { rpc: 'StopContainer', req: { containerId: '$web', timeout: 2 } },
    { rpc: 'ContainerStatus', req: { containerId: '$web', verbose: true } },
    ...runRt('stdin', containerConfig('stdin', ['cat'], { stdin: true, stdinOnce: true }), 'CONTAINER_RUNNING'),
    // (A cpuset or memory limit runc refuses names the machine's cgroup files and usage: not compared.)
    { rpc: 'UpdateContainerResources', req: { containerId: '$podpid', linux: { cpuQuota: '50000', cpuPeriod: '100000' } } },
    { rpc: 'ContainerStatus', req: { containerId: '$podpid' } },
    { rpc: 'ListContainerStats', req: { filter: { labelSelector: { 'io.kubernetes.container.name': 'ownpid' } } } },
    { rpc: 'ListContainerStats', req: { filter: { podSandboxId: '$pod[13]' } } },
    { rpc: 'ListPodSandboxStats', req: { filter: { labelSelector: { app: 'rt' } } } },
    { rpc: 'ListPodSandboxStats', req: { filter: { id: 'ffffffff' } } },
    { rpc: 'ContainerStats', req: { containerId: '$big' } },
    // containerd 1.6.20 serves no CRI checkpoint (container_checkpoint.go: Unimplemented), whatever the container.
    { rpc: 'CheckpointContainer', req: { containerId: '$podpid', location: `${CRI_FILES}/podpid-checkpoint.tar`, timeout: 5 } },
    { rpc: 'StopContainer', req: { containerId: '$stdin', timeout: 1 } },
    { rpc: 'ContainerStatus', req: { containerId: '$stdin' } },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'ListContainers', req: { filter: { podSandboxId: '$pod' } } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$pod' } },
    { ctr: 'ctr -n k8s.io containers ls' },
  ],
};

export const SCENARIOS: Scenario[] = [
  podLifecycle, imagesAndCrossClient, configsStreamsStats, podNetworkCni, filtersPrefixesAttempts, edgesAndErrors, configEdges, runtimeEdges,
  ...LEARNER_SCENARIOS,
  ...LEARNER_SCENARIOS_2,
  ...CONFIG_TOML_SCENARIOS,
];
