// CRI oracle scenarios written as a learner's crictl session would cause them (issue 9, second
// round): what `crictl ps -a` / `crictl inspect` show after containers end in different ways,
// what `crictl exec` returns, the log files `crictl logs` reads, `crictl update` at each stage,
// the filters behind `crictl ps --state/--label/--pod` and `crictl pods`, the images' several
// names, and the requests crictl lets through that the plugin refuses. None repeats a step of
// scenarios.ts; each ends with what `ctr -n k8s.io` shows.

import { CRI_FILES } from './real-cri-run';
import type { Scenario, Step } from './scenario';
import { LOGS, containerConfig, createContainer, importImages, podConfig, runToExitSteps, startAndWait } from './scenario-steps';

const BUSYBOX_ID = 'sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21';
/** The busybox test archive's index digest, as `ctr -n k8s.io images ls` shows it. */
const BUSYBOX_DIGEST = 'sha256:42cc3c22db935d828da1e63b7329b375d98a5f0952cddf2c59c84b04020a7b2f';

const podX = podConfig('exits', 'uid-exits-1');
const logOfX = (container: string) => `${LOGS}/default_exits_uid-exits-1/${container}.log`;
/** A container of podX that runs to its end, then its status and its log file. */
const runToEnd = (name: string, command: string[], extra: Record<string, unknown> = {}): Step[] =>
  runToExitSteps(podX, logOfX, name, containerConfig(name, command, extra));

const exitsLogsExec: Scenario = {
  name: 'learner-exits-logs-exec',
  steps: [
    ...importImages,
    { rpc: 'RunPodSandbox', req: { config: podX }, as: 'pod' },

    ...runToEnd('ok', ['sh', '-c', 'echo done']),
    ...runToEnd('one', ['sh', '-c', 'echo nope >&2; exit 1']),
    ...runToEnd('k137', ['sh', '-c', 'exit 137']),
    ...runToEnd('shapes', ['sh', '-c', 'echo; printf "a\\r\\nb\\r\\n"; printf half; sleep 0.2; echo -whole; printf tail-err >&2; printf tail-out']),
    { rpc: 'ListContainers', req: { filter: { state: { state: 'CONTAINER_EXITED' } } } },
    { ctr: 'ctr -n k8s.io tasks ls # five exited containers' },

    // crictl update at each stage of one container.
    // Its own PID namespace, so that /proc/1 is its sleep and an exec can write into its log pipe.
    createContainer('$pod', podX, containerConfig('upd', ['sh', '-c', 'echo up; exec sleep 1000'], {
      linux: { securityContext: { namespaceOptions: { pid: 'CONTAINER' } } },
    }), 'upd'),
    { rpc: 'UpdateContainerResources', req: { containerId: '$upd', linux: { memoryLimitInBytes: '100663296' } } },
    { rpc: 'ContainerStatus', req: { containerId: '$upd', verbose: true } },
    ...startAndWait('upd', 'CONTAINER_RUNNING'),
    { ctr: "ctr -n k8s.io containers info $upd | grep -A2 '\"memory\"'" },
    { rpc: 'UpdateContainerResources', req: { containerId: '$upd[13]', linux: { cpuShares: '256', cpuQuota: '20000', cpuPeriod: '100000' } } },
    { ctr: "ctr -n k8s.io containers info $upd | grep -A4 '\"cpu\"'" },
    { rpc: 'UpdateContainerResources', req: { containerId: '$upd' } },
    { rpc: 'ContainerStats', req: { containerId: '$upd[13]' } },

    // crictl exec's answers.
    { rpc: 'ExecSync', req: { containerId: '$upd', cmd: ['sh', '-c', 'exit 2'], timeout: 0 } },
    { rpc: 'ExecSync', req: { containerId: '$upd', cmd: ['sh', '-c', 'nosuchcmd'], timeout: 0 } },
    { rpc: 'ExecSync', req: { containerId: '$upd', cmd: ['sh', '-c', 'exit 255'], timeout: 0 } },
    { rpc: 'ExecSync', req: { containerId: '$upd[13]', cmd: ['sh', '-c', 'echo fast; echo warn >&2'], timeout: 5 } },
    { rpc: 'ExecSync', req: { containerId: '$upd', cmd: ['sh', '-c', 'echo started; sleep 3; echo never'], timeout: 1 } },
    { rpc: 'ExecSync', req: { containerId: '$upd', cmd: ['cat', '/etc/hostname', '/nonexistent'], timeout: 0 } },
    { rpc: 'ExecSync', req: { containerId: '$one', cmd: ['echo', 'hi'], timeout: 0 } },

    // The log file removed under a running container, then reopened.
    { ctr: `rm ${logOfX('upd')}` },
    { rpc: 'ExecSync', req: { containerId: '$upd', cmd: ['sh', '-c', 'echo via-exec > /proc/1/fd/1'], timeout: 5 } },
    { readFile: logOfX('upd') },
    { rpc: 'ReopenContainerLog', req: { containerId: '$upd' } },
    { rpc: 'ExecSync', req: { containerId: '$upd', cmd: ['sh', '-c', 'echo after-reopen > /proc/1/fd/1; echo err-after > /proc/1/fd/2'], timeout: 5 } },
    { rpc: 'ExecSync', req: { containerId: '$upd', cmd: ['sleep', '0.3'], timeout: 5 } },
    { readFile: logOfX('upd') },

    { rpc: 'StopContainer', req: { containerId: '$upd[13]', timeout: 0 } },
    { rpc: 'ContainerStatus', req: { containerId: '$upd' } },
    { rpc: 'UpdateContainerResources', req: { containerId: '$upd', linux: { memoryLimitInBytes: '67108864' } } },
    { rpc: 'ListContainers', req: { filter: { podSandboxId: '$pod[13]', state: { state: 'CONTAINER_RUNNING' } } } },
    { ctr: 'ctr -n k8s.io containers ls # all containers exited' },
    { ctr: 'ctr -n k8s.io tasks ls # all containers exited' },

    { rpc: 'RemoveContainer', req: { containerId: '$one[13]' } },
    { readFile: logOfX('one') },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$pod[13]' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$pod[13]' } },
    { ctr: 'ctr -n k8s.io containers ls' },
  ],
  about:
    'A learner\'s containers ending each way (exit 0 as Completed, 1 and 137 as Error, output only on stderr), ' +
    'the CRI log lines they leave (empty lines, carriage returns, a line written in two pieces, a last line ' +
    'without a newline on each stream), crictl exec answers (exit codes 2, 127, 255, a timeout that passes ' +
    'and one that does not, output on both streams), a log file deleted and reopened, crictl update on a ' +
    'created, a running and an exited container, stats, and ctr -n k8s.io along the way.',
};

const podF = { ...podConfig('front', 'uid-front-1'), labels: { app: 'front', env: 'dev' } };
const podG = { ...podConfig('back', 'uid-back-1'), labels: { app: 'back', env: 'dev' } };
const podH = { ...podConfig('front', 'uid-front-other'), metadata: { name: 'front', uid: 'uid-front-other', namespace: 'other', attempt: 1 }, logDirectory: `${LOGS}/other_front_uid-front-other` };

const filtersNamesImages: Scenario = {
  name: 'learner-filters-names-images',
  steps: [
    ...importImages,
    { rpc: 'RunPodSandbox', req: { config: podF }, as: 'front' },
    { rpc: 'RunPodSandbox', req: { config: podG }, as: 'back' },
    { rpc: 'RunPodSandbox', req: { config: podH }, as: 'other' },
    { rpc: 'RunPodSandbox', req: { config: { ...podF, metadata: { name: 'nouid', namespace: 'default' }, logDirectory: `${LOGS}/nouid` } }, as: 'nouid' },
    { rpc: 'PodSandboxStatus', req: { podSandboxId: '$nouid' } },

    // Names: reserved per pod, per name and attempt.
    createContainer('$front', podF, containerConfig('app', ['sh', '-c', 'trap "echo term" TERM; while true; do sleep 0.1; done']), 'app'),
    createContainer('$back', podG, containerConfig('app', ['sleep', '1000']), 'backapp'),
    createContainer('$front', podF, containerConfig('app', ['true'])),
    createContainer('$front', podF, { ...containerConfig('app', ['true']), metadata: { name: 'app', attempt: 3 } }, 'app3'),
    { rpc: 'RemoveContainer', req: { containerId: '$app3' } },
    createContainer('$front', podF, { ...containerConfig('app', ['true']), metadata: { name: 'app', attempt: 3 } }, 'app3b'),
    ...startAndWait('app', 'CONTAINER_RUNNING'),
    ...startAndWait('backapp', 'CONTAINER_RUNNING'),
    ...startAndWait('app3b', 'CONTAINER_EXITED'),

    // crictl pods / ps filters.
    { rpc: 'ListPodSandbox', req: { filter: { labelSelector: { app: 'front' } } } },
    { rpc: 'ListPodSandbox', req: { filter: { labelSelector: { env: 'dev', app: 'back' } } } },
    { rpc: 'ListPodSandbox', req: { filter: { labelSelector: { 'io.kubernetes.pod.namespace': 'other' } } } },
    { rpc: 'ListPodSandbox', req: { filter: { state: { state: 'SANDBOX_READY' }, labelSelector: { env: 'dev' } } } },
    { rpc: 'ListPodSandbox', req: { filter: { id: '$back[13]', labelSelector: { app: 'front' } } } },
    { rpc: 'ListContainers', req: { filter: { labelSelector: { 'io.kubernetes.pod.uid': 'uid-front-1' } } } },
    { rpc: 'ListContainers', req: { filter: { labelSelector: { 'io.kubernetes.container.name': 'app', 'io.kubernetes.pod.namespace': 'default' } } } },
    { rpc: 'ListContainers', req: { filter: { state: { state: 'CONTAINER_RUNNING' }, labelSelector: { tier: 'test' } } } },
    { rpc: 'ListContainers', req: { filter: { id: '$app3b[13]', state: { state: 'CONTAINER_RUNNING' } } } },
    { rpc: 'ListContainers', req: { filter: { state: { state: 'CONTAINER_UNKNOWN' } } } },

    // Pod stats.
    { rpc: 'PodSandboxStats', req: { podSandboxId: '$front[13]' } },
    { rpc: 'PodSandboxStats', req: { podSandboxId: 'deadbeef' } },
    // (One pod only: the plugin walks its sandboxes in Go map order and fails at the first.)
    { rpc: 'ListPodSandboxStats', req: { filter: { labelSelector: { env: 'dev', app: 'back' } } } },

    // Images by their several names, and one removed by id while a container runs from it.
    { rpc: 'ImageStatus', req: { image: { image: 'busybox:latest' } } },
    { rpc: 'ImageStatus', req: { image: { image: BUSYBOX_ID.slice('sha256:'.length) } } },
    { rpc: 'ImageStatus', req: { image: { image: `docker.io/library/busybox@${BUSYBOX_DIGEST}` } } },
    { rpc: 'RemoveImage', req: { image: { image: BUSYBOX_ID } } },
    { rpc: 'ListImages', req: {} },
    { rpc: 'ContainerStatus', req: { containerId: '$backapp' } },
    createContainer('$back', podG, containerConfig('late', ['true'])),
    { ctr: 'ctr -n k8s.io images ls -q' },
    { rpc: 'ImageFsInfo', req: {} },
    { ctr: `ctr -n k8s.io images import ${CRI_FILES}/busybox-oci.tar` },

    // Stopping the front pod twice; its TERM trap is not waited for.
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$front' } },
    { rpc: 'ContainerStatus', req: { containerId: '$app' } },
    { readFile: `${LOGS}/default_front_uid-front-1/app.log` },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$front[13]' } },
    { rpc: 'PodSandboxStats', req: { podSandboxId: '$front' } },
    { rpc: 'ListPodSandbox', req: { filter: { state: { state: 'SANDBOX_NOTREADY' } } } },
    { rpc: 'ListContainers', req: { filter: { podSandboxId: '$front' } } },
    { ctr: 'ctr -n k8s.io tasks ls # front pod stopped' },

    // A ready pod with a created container, removed.
    createContainer('$other', podH, containerConfig('idle', ['sleep', '1000']), 'idle'),
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$other' } },
    { rpc: 'ContainerStatus', req: { containerId: '$idle' } },

    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$front' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$back' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$nouid' } },
    { rpc: 'ListPodSandbox', req: {} },
    { ctr: 'ctr -n k8s.io containers ls' },
    { ctr: 'ctr -n k8s.io tasks ls' },
  ],
  about:
    'Two pods of one app label and a pod of the same name in another namespace, as crictl pods and crictl ps ' +
    'filter them (state with labels, several labels, CRI\'s own labels, id prefixes with other filters); ' +
    'container names reserved per pod and attempt until the container is removed; StopPodSandbox twice with a ' +
    'TERM-trapping container; RemovePodSandbox of a ready pod with a created container; pod stats; the busybox ' +
    'image by tag, short name, bare id and digest reference; RemoveImage by id while a container runs, then a ' +
    'create from it; pod metadata without a uid or an attempt.',
};

export const LEARNER_SCENARIOS: Scenario[] = [exitsLogsExec, filtersNamesImages];
