// CRI oracle scenarios, third round (issue 9): what ExecSync (crictl exec -s, and crictl exec's
// streamed Exec, which goes through the same execInternal) does when a background job of the
// exec's shell keeps its stdout or stderr open, and a learner's session weighted to what the
// earlier scenarios cover least: a container restarted through several attempts, a log rotated
// under a running container and reopened, the pod's hostname, DNS and port mappings, an image
// removed by tag, digest and id while containers use it, crictl update's values as ctr's spec
// shows them, a task paused through ctr, and configs the plugin refuses. None repeats a step of
// scenarios.ts or scenarios-learner.ts.

import { CRI_FILES } from './real-cri-run';
import type { Scenario, Step } from './scenario';
import { BUSYBOX, LOGS, containerConfig, createContainer, importImages, podConfig, startAndWait } from './scenario-steps';

const BUSYBOX_ID = 'sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21';
const BUSYBOX_DIGEST = 'sha256:42cc3c22db935d828da1e63b7329b375d98a5f0952cddf2c59c84b04020a7b2f';

const podE = podConfig('execbg', 'uid-execbg-1');
const exec = (container: string, script: string, timeout = 0): Step => ({
  rpc: 'ExecSync',
  req: { containerId: `$${container}`, cmd: ['sh', '-c', script], timeout },
});

const execBackground: Scenario = {
  name: 'exec-background-jobs',
  about:
    'ExecSync of a shell that leaves a background job holding its stdout or stderr: the answer waits for the ' +
    'job\'s output (no 2 s cap), with or without a timeout shorter than the job; a job with its output ' +
    'redirected does not hold the answer; a job still holding the output when the container\'s init ends is ' +
    'killed with the PID namespace and the answer comes then.',
  steps: [
    ...importImages,
    { rpc: 'RunPodSandbox', req: { config: podE }, as: 'pod' },
    createContainer('$pod', podE, containerConfig('held', ['sh', '-c', 'echo up; exec sleep 1000']), 'held'),
    ...startAndWait('held', 'CONTAINER_RUNNING'),
    exec('held', 'echo a; (sleep 3; echo b) &'),
    exec('held', 'sleep 3 >/dev/null 2>&1 &'),
    exec('held', '(sleep 1; touch /tmp/bg1) >/dev/null 2>&1 &'),
    { rpc: 'ExecSync', req: { containerId: '$held', cmd: ['ls', '/tmp/bg1'], timeout: 0 } },
    exec('held', 'echo a; (sleep 3; echo b) &', 1),
    exec('held', 'echo e >&2; (sleep 2; echo f >&2) & echo out'),
    exec('held', '(sleep 1; echo late) & exit 4'),
    exec('held', '(sleep 3; echo b) & sleep 5; echo c', 2),
    { rpc: 'ContainerStatus', req: { containerId: '$held' } },
    // The init ends 2 s after its start, while the exec's job still holds the output.
    createContainer('$pod', podE, containerConfig('short', ['sh', '-c', 'echo short; sleep 2']), 'short'),
    ...startAndWait('short', 'CONTAINER_RUNNING'),
    exec('short', 'echo a; (sleep 6; echo b) &'),
    { waitFor: '$short', state: 'CONTAINER_EXITED' },
    { rpc: 'ContainerStatus', req: { containerId: '$short' } },
    { readFile: `${LOGS}/default_execbg_uid-execbg-1/short.log` },
    { ctr: 'ctr -n k8s.io tasks ls' },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$pod' } },
    { ctr: 'ctr -n k8s.io containers ls' },
  ],
};

const podL = {
  ...podConfig('learn', 'uid-learn-1'),
  dnsConfig: { servers: ['10.96.0.10'], searches: ['default.svc.cluster.local', 'svc.cluster.local'], options: ['ndots:5'] },
  portMappings: [{ protocol: 'TCP', containerPort: 80, hostPort: 8080 }, { protocol: 'UDP', containerPort: 53 }],
};
const logOfL = (file: string) => `${LOGS}/default_learn_uid-learn-1/${file}`;
/** Attempt `attempt` of the crashing container, with kubelet's log name. */
const crash = (attempt: number): Record<string, unknown> =>
  containerConfig('crash', ['sh', '-c', `echo attempt${attempt}; echo boom >&2; exit 3`], {
    metadata: { name: 'crash', attempt },
    logPath: `crash-${attempt}.log`,
  });

const sessionRestartsImages: Scenario = {
  name: 'learner-restarts-images-updates',
  about:
    'A learner\'s crictl session: a hostname refused on the node\'s network, a pod with DNS options and port ' +
    'mappings (verbose status, /etc/hostname and /etc/resolv.conf inside); a crashing container re-created as attempts 0, 1, 2 with its ' +
    'name reserved per attempt; crictl ps by pod, state and labels at once; a log renamed under a running ' +
    'container and reopened; crictl update of cpu shares and memory before and after start, with what ' +
    'ctr\'s spec shows, and refused values; a task paused and resumed through ctr; the busybox image removed ' +
    'by tag, by digest and by id while containers were made from it; configs without metadata, names or ' +
    'images, and a pod whose metadata has no name (accepted); ctr -n k8s.io along the way.',
  steps: [
    ...importImages,
    // A hostname needs the pod's own UTS namespace: on the node's network runc refuses it.
    { rpc: 'RunPodSandbox', req: { config: { ...podL, hostname: 'learner-box' } } },
    { rpc: 'ListPodSandbox', req: {} },
    { ctr: 'ctr -n k8s.io containers ls # hostname refused' },
    { rpc: 'RunPodSandbox', req: { config: podL }, as: 'pod' },
    { rpc: 'PodSandboxStatus', req: { podSandboxId: '$pod[13]', verbose: true } },
    { rpc: 'ListPodSandbox', req: { filter: { state: { state: 'SANDBOX_READY' }, labelSelector: { app: 'learn' } } } },
    { ctr: "ctr -n k8s.io containers info $pod | grep -A3 '\"hostname\"'" },

    // Restarts: attempts 0, 1, 2 of one name.
    createContainer('$pod', podL, crash(0), 'crash0'),
    ...startAndWait('crash0', 'CONTAINER_EXITED'),
    { rpc: 'ContainerStatus', req: { containerId: '$crash0' } },
    createContainer('$pod', podL, crash(0)),
    createContainer('$pod', podL, crash(1), 'crash1'),
    ...startAndWait('crash1', 'CONTAINER_EXITED'),
    createContainer('$pod', podL, crash(2), 'crash2'),
    { rpc: 'ListContainers', req: { filter: { podSandboxId: '$pod', state: { state: 'CONTAINER_EXITED' }, labelSelector: { 'io.kubernetes.container.name': 'crash' } } } },
    { rpc: 'ListContainers', req: { filter: { podSandboxId: '$pod[13]', state: { state: 'CONTAINER_CREATED' }, labelSelector: { tier: 'test' } } } },
    { rpc: 'ListContainers', req: { filter: { podSandboxId: '$pod', labelSelector: { 'io.kubernetes.container.name': 'crash', tier: 'other' } } } },
    ...startAndWait('crash2', 'CONTAINER_EXITED'),
    { rpc: 'ContainerStatus', req: { containerId: '$crash2[13]' } },
    { readFile: logOfL('crash-1.log') },
    { rpc: 'RemoveContainer', req: { containerId: '$crash0' } },
    createContainer('$pod', podL, crash(0), 'crash0b'),
    { rpc: 'ListContainers', req: { filter: { podSandboxId: '$pod', labelSelector: { 'io.kubernetes.container.name': 'crash' } } } },
    { ctr: 'ctr -n k8s.io containers ls # after three attempts' },
    { ctr: 'ctr -n k8s.io tasks ls # after three attempts' },

    // Logs across a rename and ReopenContainerLog.
    createContainer('$pod', podL, containerConfig('talk', ['sh', '-c', 'echo first; sleep 1; echo second; echo second-err >&2; exec sleep 1000']), 'talk'),
    { rpc: 'ReopenContainerLog', req: { containerId: '$talk' } },
    ...startAndWait('talk', 'CONTAINER_RUNNING'),
    { ctr: `mv ${logOfL('talk.log')} ${logOfL('talk.log.1')}` },
    { rpc: 'ReopenContainerLog', req: { containerId: '$talk[13]' } },
    { rpc: 'ExecSync', req: { containerId: '$talk', cmd: ['sleep', '1.5'], timeout: 5 } },
    { readFile: logOfL('talk.log.1') },
    { readFile: logOfL('talk.log') },
    { rpc: 'ExecSync', req: { containerId: '$talk', cmd: ['cat', '/etc/hostname', '/etc/resolv.conf'], timeout: 5 } },
    { rpc: 'ReopenContainerLog', req: { containerId: '$crash1' } },
    { rpc: 'ReopenContainerLog', req: { containerId: 'nosuchcontainer' } },

    // crictl update before and after start, and what ctr's spec shows.
    createContainer('$pod', podL, containerConfig('res', ['sleep', '1000'], {
      linux: { resources: { cpuShares: '512', memoryLimitInBytes: '209715200' } },
    }), 'res'),
    { ctr: "ctr -n k8s.io containers info $res | grep -A3 '\"memory\"'" },
    { rpc: 'UpdateContainerResources', req: { containerId: '$res', linux: { cpuShares: '1024', memoryLimitInBytes: '314572800' } } },
    { ctr: "ctr -n k8s.io containers info $res | grep -A3 '\"memory\"'" },
    { ctr: "ctr -n k8s.io containers info $res | grep -A2 '\"cpu\"'" },
    ...startAndWait('res', 'CONTAINER_RUNNING'),
    { rpc: 'UpdateContainerResources', req: { containerId: '$res[13]', linux: { cpuShares: '2', memoryLimitInBytes: '104857600' } } },
    { ctr: "ctr -n k8s.io containers info $res | grep -A3 '\"memory\"'" },
    { rpc: 'UpdateContainerResources', req: { containerId: '$res', linux: { memoryLimitInBytes: '-1' } } },
    { rpc: 'UpdateContainerResources', req: { containerId: '$res', linux: { cpuShares: '-5' } } },
    { ctr: "ctr -n k8s.io containers info $res | grep -A2 '\"cpu\"'" },
    { rpc: 'UpdateContainerResources', req: { containerId: '$crash1', linux: { cpuShares: '256' } } },
    { rpc: 'UpdateContainerResources', req: { containerId: 'nosuchcontainer', linux: { cpuShares: '256' } } },
    { rpc: 'ContainerStatus', req: { containerId: '$res' } },

    // A task paused and resumed through ctr, as CRI reports it meanwhile.
    { ctr: 'ctr -n k8s.io tasks pause $res' },
    { rpc: 'ContainerStatus', req: { containerId: '$res' } },
    { rpc: 'ListContainers', req: { filter: { podSandboxId: '$pod', state: { state: 'CONTAINER_RUNNING' } } } },
    { ctr: 'ctr -n k8s.io tasks ls # res paused' },
    { ctr: 'ctr -n k8s.io tasks resume $res' },
    { rpc: 'StopContainer', req: { containerId: '$res', timeout: 1 } },
    { rpc: 'ContainerStatus', req: { containerId: '$res' } },

    // The image removed by its several names while containers were made from it.
    createContainer('$pod', podL, containerConfig('idle', ['sleep', '1000']), 'idle'),
    { rpc: 'ImageStatus', req: { image: { image: `busybox@${BUSYBOX_DIGEST}` } } },
    { rpc: 'RemoveImage', req: { image: { image: BUSYBOX } } },
    { rpc: 'ImageStatus', req: { image: { image: BUSYBOX } } },
    { rpc: 'ImageStatus', req: { image: { image: BUSYBOX_ID } } },
    { ctr: 'ctr -n k8s.io images ls -q # tag removed' },
    { rpc: 'RemoveImage', req: { image: { image: `docker.io/library/busybox@${BUSYBOX_DIGEST}` } } },
    { rpc: 'ListImages', req: {} },
    { ctr: 'ctr -n k8s.io images ls -q # digest removed' },
    { rpc: 'ContainerStatus', req: { containerId: '$idle' } },
    ...startAndWait('idle', 'CONTAINER_RUNNING'),
    createContainer('$pod', podL, containerConfig('after', ['true'])),
    { ctr: `ctr -n k8s.io images import ${CRI_FILES}/busybox-oci.tar` },
    { rpc: 'RemoveImage', req: { image: { image: BUSYBOX_ID.slice('sha256:'.length, 'sha256:'.length + 12) } } },
    { rpc: 'RemoveImage', req: { image: { image: BUSYBOX_ID } } },
    { rpc: 'RemoveImage', req: { image: { image: BUSYBOX_ID } } },
    { ctr: 'ctr -n k8s.io images ls -q # id removed' },
    { rpc: 'ContainerStatus', req: { containerId: '$idle[13]' } },
    { ctr: `ctr -n k8s.io images import ${CRI_FILES}/busybox-oci.tar` },

    // Configs the plugin refuses.
    { rpc: 'RunPodSandbox', req: { config: { ...podL, metadata: { uid: 'uid-bad-1', namespace: 'default' }, logDirectory: `${LOGS}/bad1` } }, as: 'nameless' },
    { rpc: 'RunPodSandbox', req: { config: { ...podL, metadata: undefined, logDirectory: `${LOGS}/bad2` } } },
    createContainer('$pod', podL, { ...containerConfig('noname', ['true']), metadata: { attempt: 0 } }),
    createContainer('$pod', podL, { ...containerConfig('nometa', ['true']), metadata: undefined }),
    createContainer('$pod', podL, { ...containerConfig('noimage', ['true']), image: { image: '' } }),
    createContainer('$pod', podL, { ...containerConfig('negmem', ['true']), linux: { resources: { memoryLimitInBytes: '-1', cpuShares: '-2' } } }, 'negmem'),
    { ctr: "ctr -n k8s.io containers info $negmem | grep -A3 '\"memory\"'" },
    createContainer('nosuchpod', podL, containerConfig('orphan', ['true'])),
    { rpc: 'ListContainers', req: { filter: { podSandboxId: '$pod', state: { state: 'CONTAINER_CREATED' } } } },

    { rpc: 'StopPodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'ListContainers', req: { filter: { podSandboxId: '$pod', state: { state: 'CONTAINER_EXITED' }, labelSelector: { tier: 'test' } } } },
    { rpc: 'PodSandboxStatus', req: { podSandboxId: '$pod', verbose: true } },
    { ctr: 'ctr -n k8s.io tasks ls # pod stopped' },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'ListContainers', req: {} },
    { rpc: 'PodSandboxStatus', req: { podSandboxId: '$nameless' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$nameless' } },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$nameless' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$nameless' } },
    { ctr: 'ctr -n k8s.io containers ls' },
    { ctr: 'ctr -n k8s.io images ls -q' },
  ],
};

export const LEARNER_SCENARIOS_2: Scenario[] = [execBackground, sessionRestartsImages];
