// CRI scenarios on a node whose config.toml a learner edited as the notes do (`containerd
// config default > /etc/containerd/config.toml`, sed, `systemctl restart containerd`): the
// plugin reads its section as containerd starts, so Status shows the file's values, RunPodSandbox
// uses the configured sandbox image and runc's options carry SystemdCgroup.

import { CRI_FILES } from './real-cri-run';
import type { Scenario } from './scenario';
import { containerConfig, createContainer, importImages, podConfig, startAndWait } from './scenario-steps';

const SANDBOX_LINE = '    sandbox_image = "registry.k8s.io/pause:3.6"';
const SYSTEMD_LINE = '            SystemdCgroup = false';

const pod = podConfig('cfg', 'uid-cfg-1');
const parented = (parent: string) => ({ ...pod, metadata: { name: 'parented', uid: 'uid-parented-1', namespace: 'default', attempt: 1 }, logDirectory: `${CRI_FILES}/logs/default_parented_uid-parented-1`, linux: { ...(pod.linux as object), cgroupParent: parent } });

const sandboxImage: Scenario = {
  name: 'config-sandbox-image',
  about:
    'config.toml with sandbox_image = "registry.k8s.io/pause:3.9": Status shows it, RunPodSandbox fails while the image is ' +
    'missing (no registry to pull from) and uses it once present, and a pod with a cgroup parent gets its cgroupsPath under it.',
  configEdits: [[SANDBOX_LINE, '    sandbox_image = "registry.k8s.io/pause:3.9"']],
  steps: [
    { rpc: 'Status', req: { verbose: true } },
    ...importImages,
    { ctr: 'ctr -n k8s.io images tag registry.k8s.io/pause:3.6 registry.k8s.io/pause:3.9' },
    { ctr: 'ctr -n k8s.io images rm registry.k8s.io/pause:3.6' },
    { rpc: 'ListImages', req: {} },
    { rpc: 'RunPodSandbox', req: { config: pod }, as: 'pod' },
    { rpc: 'PodSandboxStatus', req: { podSandboxId: '$pod', verbose: true } },
    { ctr: 'ctr -n k8s.io containers ls' },
    { ctr: 'ctr -n k8s.io containers info $pod | grep -E \'"(Image|cgroupsPath|SystemdCgroup)"\'' },
    createContainer('$pod', pod, containerConfig('main', ['sh', '-c', 'echo up; exec sleep 1000']), 'main'),
    ...startAndWait('main', 'CONTAINER_RUNNING'),
    { ctr: 'ctr -n k8s.io containers info $main | grep -E \'"(cgroupsPath|SystemdCgroup)"\'' },
    { rpc: 'RunPodSandbox', req: { config: parented('/kubepods/besteffort/pod-parented') }, as: 'par' },
    { ctr: 'ctr -n k8s.io containers info $par | grep -E \'"(cgroupsPath|SystemdCgroup)"\'' },
    createContainer('$par', parented('/kubepods/besteffort/pod-parented'), containerConfig('inpar', ['sleep', '1000']), 'inpar'),
    { ctr: 'ctr -n k8s.io containers info $inpar | grep -E \'"cgroupsPath"\'' },
    // A slice parent gives runc the systemd form slice:cri-containerd:<id> whatever the cgroup driver.
    { rpc: 'RunPodSandbox', req: { config: { ...parented('kubepods-besteffort-pods.slice'), metadata: { name: 'sliced', uid: 'uid-sliced-1', namespace: 'default', attempt: 1 } } }, as: 'sl' },
    { ctr: 'ctr -n k8s.io containers info $sl | grep -E \'"cgroupsPath"\'' },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$sl' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$sl' } },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$par' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$par' } },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'ListImages', req: {} },
  ],
};

const systemdCgroup: Scenario = {
  name: 'config-systemd-cgroup',
  about:
    'config.toml with SystemdCgroup = true for runc (the notes\' sed): Status shows runc\'s options with it, and a pod ' +
    'without a cgroup parent fails as runc refuses its cgroupfs path /k8s.io/<id> under systemd cgroups, leaving nothing. ' +
    '(A kubepods slice parent needs a running systemd, which the recording machine has not: unit tests hold that part.)',
  configEdits: [[SYSTEMD_LINE, '            SystemdCgroup = true']],
  steps: [
    { rpc: 'Status', req: { verbose: true } },
    ...importImages,
    { rpc: 'RunPodSandbox', req: { config: pod }, as: 'pod' },
    { rpc: 'PodSandboxStatus', req: { podSandboxId: '$pod' } },
    { ctr: 'ctr -n k8s.io containers info $pod | grep -E \'"(cgroupsPath|SystemdCgroup)"\'' },
    { ctr: 'ctr -n k8s.io containers ls' },
    { ctr: 'ctr -n k8s.io tasks ls' },
    { rpc: 'ListPodSandbox', req: {} },
    { rpc: 'StopPodSandbox', req: { podSandboxId: '$pod' } },
    { rpc: 'RemovePodSandbox', req: { podSandboxId: '$pod' } },
  ],
};

const systemdCgroupString: Scenario = {
  name: 'config-systemd-cgroup-string',
  about:
    'config.toml with SystemdCgroup = "yes": runc\'s options are a free map to the plugin, so containerd starts and Status ' +
    'shows the string; the options are decoded for runc only when a pod is run.',
  configEdits: [[SYSTEMD_LINE, '            SystemdCgroup = "yes"']],
  steps: [
    { rpc: 'Status', req: { verbose: true } },
    ...importImages,
    { rpc: 'RunPodSandbox', req: { config: pod }, as: 'pod' },
    { rpc: 'ListPodSandbox', req: {} },
    { ctr: 'ctr -n k8s.io containers ls' },
  ],
};

export const CONFIG_TOML_SCENARIOS: Scenario[] = [sandboxImage, systemdCgroup, systemdCgroupString];
