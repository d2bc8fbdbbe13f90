// Exercises of the ctr note: namespaces, a task that ignores SIGTERM, pause.

import type { Exercise } from './exercise';
import { kubeletSees } from './shared-steps';

export const ctrExercises: readonly Exercise[] = [
  {
    id: 'ctr/kubelet-image',
    title: { zh: '让 kubelet 看见 busybox', en: 'Let the kubelet see busybox' },
    task: {
      zh: '用 `ctr` 拉取 `docker.io/library/busybox:1.37`,让 kubelet(和 `crictl images`)能看见它。',
      en: 'Pull `docker.io/library/busybox:1.37` with `ctr` so that the kubelet (and `crictl images`) can see it.',
    },
    hint: {
      zh: 'kubelet 只看命名空间 `k8s.io`;`-n` 要写在子命令前面。',
      en: 'The kubelet only looks in the `k8s.io` namespace; `-n` goes before the subcommand.',
    },
    solution: ['ctr -n k8s.io images pull docker.io/library/busybox:1.37'],
    check: (facts) => kubeletSees(facts, 'busybox:1.37'),
  },
  {
    id: 'ctr/stubborn-task',
    title: { zh: '停掉不理 SIGTERM 的任务', en: 'Stop a task that ignores SIGTERM' },
    task: {
      zh: '在命名空间 `default` 里运行一个名为 `stubborn` 的任务,它忽略 SIGTERM;先发 SIGTERM 看它不退出,再让它停下。',
      en: 'In namespace `default`, run a task named `stubborn` that ignores SIGTERM; send SIGTERM and see it stay, then make it stop.',
    },
    hint: {
      zh: '`sh -c \'trap "" TERM; while true; do sleep 1; done\'` 会忽略 SIGTERM;`ctr t kill` 默认发 SIGTERM,`-s SIGKILL` 无法被忽略。',
      en: '`sh -c \'trap "" TERM; while true; do sleep 1; done\'` ignores SIGTERM; `ctr t kill` sends SIGTERM by default, and `-s SIGKILL` cannot be ignored.',
    },
    solution: [
      'ctr images pull docker.io/library/busybox:1.37',
      `ctr run -d docker.io/library/busybox:1.37 stubborn sh -c 'trap "" TERM; while true; do sleep 1; done'`,
      'ctr tasks kill stubborn',
      'ctr tasks ls',
      'ctr tasks kill -s SIGKILL stubborn',
      'ctr tasks ls',
    ],
    // Stopped by SIGKILL: exit status 128 + 9.
    check: (facts) => {
      const task = facts.task('default', 'stubborn');
      return task?.status === 'STOPPED' && task.exitStatus === 137;
    },
  },
  {
    id: 'ctr/paused-task',
    title: { zh: '容器、任务、暂停', en: 'Container, task, pause' },
    task: {
      zh: '先用 `ctr c create` 建一个名为 `napper` 的容器(busybox,运行 `sleep 3600`),再启动它的任务并暂停。',
      en: 'Create a container `napper` with `ctr c create` (busybox, running `sleep 3600`), then start its task and pause it.',
    },
    hint: {
      zh: '容器只是元数据,`ctr t start -d` 才启动进程;`ctr t pause` 冻结它。',
      en: 'A container is only metadata: `ctr t start -d` starts the process, and `ctr t pause` freezes it.',
    },
    solution: [
      'ctr images pull docker.io/library/busybox:1.37',
      'ctr containers create docker.io/library/busybox:1.37 napper sleep 3600',
      'ctr tasks start -d napper',
      'ctr tasks pause napper',
      'ctr tasks ls',
    ],
    check: (facts) => facts.task('default', 'napper')?.status === 'PAUSED',
  },
];
