// Exercises of the runtimes note: what a CRI call leaves in containerd; tasks side by side.

import type { Exercise } from './exercise';
import { CRICTL_ENDPOINT, POD_CONFIG_LINES } from './shared-steps';

export const runtimesExercises: readonly Exercise[] = [
  {
    id: 'runtimes/pause',
    title: { zh: '找到 Pod 的 pause 容器', en: 'Find a pod\'s pause container' },
    task: {
      zh: '通过 CRI(`crictl runp`)启动一个 Pod 沙箱,再用 `ctr` 在 containerd 里找到它的 pause 容器和正在运行的任务。',
      en: 'Start a pod sandbox through CRI (`crictl runp`), then find its pause container and running task in containerd with `ctr`.',
    },
    hint: {
      zh: 'CRI 插件的一切都在命名空间 `k8s.io`;沙箱就是一个运行 `registry.k8s.io/pause` 的容器。',
      en: 'Everything of the CRI plugin is in the `k8s.io` namespace; the sandbox is a container running `registry.k8s.io/pause`.',
    },
    solution: [CRICTL_ENDPOINT, ...POD_CONFIG_LINES, 'crictl runp pod-config.json', 'ctr -n k8s.io containers ls', 'ctr -n k8s.io tasks ls'],
    check: (facts) =>
      facts
        .containers('k8s.io')
        .some((id) => /pause/.test(facts.imageOf('k8s.io', id) ?? '') && facts.task('k8s.io', id)?.status === 'RUNNING'),
  },
  {
    id: 'runtimes/two-tasks',
    title: { zh: '两个任务,各有各的 init 进程', en: 'Two tasks, each with its own init process' },
    task: {
      zh: '用 `ctr run -d` 在命名空间 `default` 里同时运行两个任务(busybox,`sleep 3600`),用 `ctr tasks ls` 和 `ctr tasks ps` 看它们各自的 PID。',
      en: 'Run two tasks at once in namespace `default` with `ctr run -d` (busybox, `sleep 3600`), and look at their PIDs with `ctr tasks ls` and `ctr tasks ps`.',
    },
    hint: {
      zh: '容器 ID 不能重复。在真实节点上,每个任务还各有一个 `containerd-shim-runc-v2` 进程。',
      en: 'Container IDs must differ. On a real node each task also has its own `containerd-shim-runc-v2` process.',
    },
    solution: [
      'ctr images pull docker.io/library/busybox:1.37',
      'ctr run -d docker.io/library/busybox:1.37 one sleep 3600',
      'ctr run -d docker.io/library/busybox:1.37 two sleep 3600',
      'ctr tasks ls',
      'ctr tasks ps one',
    ],
    check: (facts) => facts.containers('default').filter((id) => facts.task('default', id)?.status === 'RUNNING').length >= 2,
  },
];
