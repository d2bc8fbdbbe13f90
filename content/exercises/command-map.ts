// Exercises of the command-map note: one image in three lists; one action through two tools.

import type { Exercise } from './exercise';
import { CRICTL_ENDPOINT, fullName, kubeletSees, nerdctlRunning } from './shared-steps';

export const commandMapExercises: readonly Exercise[] = [
  {
    id: 'command-map/three-lists',
    title: { zh: '一份镜像,三份清单', en: 'One image, three lists' },
    task: {
      zh: '让 `busybox:1.37` 同时出现在 `docker images`、`nerdctl images` 和 `crictl images` 里。',
      en: 'Make `busybox:1.37` show in `docker images`, `nerdctl images` and `crictl images` alike.',
    },
    hint: {
      zh: '三个工具看三处存储:dockerd 自己的、containerd 的 `default`、containerd 的 `k8s.io`。每处都要拉一次。',
      en: 'The three tools look at three stores: dockerd\'s own, containerd\'s `default`, containerd\'s `k8s.io`. Pull into each.',
    },
    solution: ['docker pull busybox:1.37', 'nerdctl pull busybox:1.37', CRICTL_ENDPOINT, 'crictl pull busybox:1.37'],
    check: (facts) =>
      facts.dockerReferences().includes(fullName('busybox:1.37')) &&
      facts.images('default').includes(fullName('busybox:1.37')) &&
      kubeletSees(facts, 'busybox:1.37'),
  },
  {
    id: 'command-map/same-run',
    title: { zh: '同一个动作,两个工具', en: 'One action, two tools' },
    task: {
      zh: '在后台运行两个 `nginx:alpine`:一个用 docker(名为 `docker-web`),一个用 nerdctl(名为 `nerdctl-web`)。然后比较 `docker ps` 和 `nerdctl ps`。',
      en: 'Run two `nginx:alpine` in the background: one with docker (named `docker-web`), one with nerdctl (named `nerdctl-web`). Then compare `docker ps` with `nerdctl ps`.',
    },
    hint: {
      zh: '两条命令几乎一样;但它们的容器在 containerd 的不同命名空间里(`moby` 和 `default`)。',
      en: 'The two commands look almost the same, but their containers live in different containerd namespaces (`moby` and `default`).',
    },
    solution: ['docker run -d --name docker-web nginx:alpine', 'nerdctl run -d --name nerdctl-web nginx:alpine', 'docker ps', 'nerdctl ps'],
    check: (facts) =>
      facts.dockerContainers().some((c) => c.name === 'docker-web' && c.status === 'running') &&
      nerdctlRunning(facts, 'nerdctl-web') !== undefined,
  },
];
