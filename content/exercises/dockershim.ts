// Exercises of the dockershim note: an image docker built, given to the kubelet; the kubelet itself.

import type { Exercise } from './exercise';
import { helloDockerfile, kubeletSees } from './shared-steps';

export const dockershimExercises: readonly Exercise[] = [
  {
    id: 'dockershim/docker-image-to-k8s',
    title: { zh: '把 Docker 构建的镜像交给 kubelet', en: 'Hand an image docker built to the kubelet' },
    task: {
      zh: '用 docker 构建 `hello:1`(`FROM busybox:1.37`),然后不经过任何仓库,让 kubelet 能用上它。',
      en: 'Build `hello:1` with docker (`FROM busybox:1.37`), then, without any registry, make it usable by the kubelet.',
    },
    hint: {
      zh: '`docker save` 导出 tar,`ctr -n k8s.io images import` 导入;docker 的镜像库和 containerd 的是两处存储。',
      en: '`docker save` writes a tar, `ctr -n k8s.io images import` reads it; docker\'s image store and containerd\'s are two stores.',
    },
    solution: [
      ...helloDockerfile('/root/app'),
      'docker build -t hello:1 .',
      'docker save hello:1 -o /tmp/hello.tar',
      'ctr -n k8s.io images import /tmp/hello.tar',
      'cd',
    ],
    check: (facts) => kubeletSees(facts, 'hello:1'),
  },
  {
    id: 'dockershim/kubelet',
    title: { zh: '启动 kubelet', en: 'Start the kubelet' },
    task: {
      zh: 'node1 上的 kubelet 是停着的。启动它,并确认 systemd 说它在运行。',
      en: 'The kubelet on node1 is stopped. Start it and check that systemd says it is running.',
    },
    hint: { zh: 'kubelet 是一个 systemd 单元。', en: 'The kubelet is a systemd unit.' },
    solution: ['systemctl start kubelet', 'systemctl is-active kubelet'],
    check: (facts) => facts.unitActive('kubelet'),
  },
];
