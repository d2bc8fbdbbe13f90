// Exercises of the nerdctl note: published ports, builds through BuildKit.

import type { Exercise } from './exercise';
import { helloDockerfile } from './shared-steps';
import type { NodeFacts } from './node-facts';

/** nerdctl keeps a container's published ports in its `nerdctl/ports` label (gocni PortMapping JSON). */
function publishes(facts: NodeFacts, id: string, hostPort: number, containerPort: number): boolean {
  try {
    const ports: unknown = JSON.parse(facts.labels('default', id)['nerdctl/ports'] ?? '[]');
    return Array.isArray(ports) && ports.some((p) => p?.HostPort === hostPort && p?.ContainerPort === containerPort);
  } catch {
    return false;
  }
}

export const nerdctlExercises: readonly Exercise[] = [
  {
    id: 'nerdctl/publish',
    title: { zh: '在 8080 端口发布 nginx', en: 'Publish nginx on port 8080' },
    task: {
      zh: '用 nerdctl 运行 `nginx:alpine`,把容器的 80 端口发布到节点的 8080,再用 `curl` 取回首页。',
      en: 'Run `nginx:alpine` with nerdctl, publishing the container\'s port 80 on the node\'s port 8080, and fetch the page with `curl`.',
    },
    hint: {
      zh: '`-d` 放到后台,`-p 主机端口:容器端口`;`curl -s localhost:8080`。',
      en: '`-d` runs it in the background, `-p hostPort:containerPort`; then `curl -s localhost:8080`.',
    },
    solution: ['nerdctl run -d --name web -p 8080:80 nginx:alpine', 'curl -s localhost:8080'],
    check: (facts) =>
      facts
        .containers('default')
        .some(
          (id) =>
            facts.task('default', id)?.status === 'RUNNING' &&
            /nginx/.test(facts.imageOf('default', id) ?? '') &&
            publishes(facts, id, 8080, 80),
        ),
  },
  {
    id: 'nerdctl/build',
    title: { zh: '用 BuildKit 构建镜像', en: 'Build an image with BuildKit' },
    task: {
      zh: '在 `/root/hello` 里写一个 Dockerfile(基于 `busybox:1.37`,运行 `echo hello`),用 `nerdctl build` 构建成 `hello:1`。',
      en: 'Write a Dockerfile in `/root/hello` (from `busybox:1.37`, running `echo hello`) and build it as `hello:1` with `nerdctl build`.',
    },
    hint: {
      zh: 'nerdctl 把构建交给 buildkitd,结果进入 containerd 的 `default` 命名空间;`nerdctl images` 能看到。',
      en: 'nerdctl hands the build to buildkitd, and the result goes to containerd\'s `default` namespace; `nerdctl images` shows it.',
    },
    solution: [
      ...helloDockerfile('/root/hello'),
      'nerdctl build -t hello:1 .',
      'nerdctl images',
      'cd',
    ],
    check: (facts) => facts.images('default').includes('docker.io/library/hello:1'),
  },
];
