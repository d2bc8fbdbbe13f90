// Exercises of the Docker note: a published port, a build, and where docker's containers live.

import type { Exercise } from './exercise';
import { helloDockerfile } from './shared-steps';

export const dockerExercises: readonly Exercise[] = [
  {
    id: 'docker/publish',
    title: { zh: '用 Docker 发布 nginx', en: 'Publish nginx with Docker' },
    task: {
      zh: '用 docker 运行一个名为 `web` 的 `nginx:alpine` 容器,发布到节点的 8081 端口,并用 `curl` 访问它。',
      en: 'Run an `nginx:alpine` container named `web` with docker, published on the node\'s port 8081, and reach it with `curl`.',
    },
    hint: {
      zh: '`-d` 放到后台,`--name` 起名字,`-p 8081:80` 发布端口。',
      en: '`-d` for the background, `--name` for the name, `-p 8081:80` to publish the port.',
    },
    solution: ['docker run -d --name web -p 8081:80 nginx:alpine', 'curl -s localhost:8081'],
    check: (facts) =>
      facts.dockerContainers().some((c) => c.name === 'web' && c.status === 'running' && c.hostPorts.includes('8081')),
  },
  {
    id: 'docker/build',
    title: { zh: '写一个 Dockerfile', en: 'Write a Dockerfile' },
    task: {
      zh: '在 `/root/app` 里写一个 Dockerfile(基于 `busybox:1.37`,默认命令 `echo hello`),用 `docker build` 构建成 `hello:1`。',
      en: 'Write a Dockerfile in `/root/app` (from `busybox:1.37`, default command `echo hello`) and build it as `hello:1` with `docker build`.',
    },
    hint: {
      zh: '`printf` 或 heredoc 都能写文件;`docker build -t 名字:标签 .`',
      en: '`printf` or a heredoc writes the file; then `docker build -t name:tag .`',
    },
    solution: [
      ...helloDockerfile('/root/app'),
      'docker build -t hello:1 .',
      'docker run --rm hello:1',
      'cd',
    ],
    check: (facts) => facts.dockerReferences().includes('docker.io/library/hello:1'),
  },
  {
    id: 'docker/moby',
    title: { zh: 'Docker 的容器在 containerd 里', en: 'Docker\'s containers inside containerd' },
    task: {
      zh: '用 docker 在后台运行一个 busybox 容器(`sleep 3600`),再用 `ctr` 在 containerd 里找到它的任务。',
      en: 'Run a busybox container (`sleep 3600`) in the background with docker, then find its task in containerd with `ctr`.',
    },
    hint: {
      zh: 'dockerd 把容器建在 containerd 的命名空间 `moby` 里,ID 是完整的 64 位容器 ID。',
      en: 'dockerd makes its containers in containerd\'s `moby` namespace, under the full 64-character container ID.',
    },
    solution: ['docker run -d --name sleeper busybox:1.37 sleep 3600', 'ctr -n moby tasks ls'],
    check: (facts) => facts.containers('moby').some((id) => facts.task('moby', id)?.status === 'RUNNING'),
  },
];
