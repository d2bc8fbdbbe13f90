// Exercises of the crictl note: the endpoint, images for the kubelet, a pod from JSON configs.

import type { Exercise } from './exercise';
import { CONTAINER_CONFIG_LINES, CONTAINERD_SOCKET, CRICTL_ENDPOINT, kubeletSees, POD_CONFIG_LINES } from './shared-steps';

/** `runtime-endpoint: "unix:///…"` in /etc/crictl.yaml, quoted or not. */
function crictlEndpoint(yaml: string | undefined): string | undefined {
  const line = yaml?.split('\n').find((l) => /^runtime-endpoint\s*:/.test(l));
  return line?.replace(/^runtime-endpoint\s*:\s*/, '').trim().replace(/^["']|["']$/g, '');
}

export const crictlExercises: readonly Exercise[] = [
  {
    id: 'crictl/endpoint',
    title: { zh: '告诉 crictl 去哪里找 containerd', en: 'Tell crictl where containerd is' },
    task: {
      zh: '配置 crictl,让 `crictl images` 不再警告、直接连到 containerd 的套接字。',
      en: 'Configure crictl so that `crictl images` stops warning and talks to containerd\'s socket directly.',
    },
    hint: {
      zh: `crictl 读 \`/etc/crictl.yaml\` 里的 \`runtime-endpoint\`;可以手写,也可以用 \`crictl config --set\`。套接字是 \`${CONTAINERD_SOCKET}\`。`,
      en: `crictl reads \`runtime-endpoint\` from \`/etc/crictl.yaml\`; write it by hand or with \`crictl config --set\`. The socket is \`${CONTAINERD_SOCKET}\`.`,
    },
    solution: [CRICTL_ENDPOINT, 'crictl images'],
    check: (facts) => {
      const endpoint = crictlEndpoint(facts.file('/etc/crictl.yaml'));
      return endpoint === CONTAINERD_SOCKET || endpoint === 'unix:///var/run/containerd/containerd.sock';
    },
  },
  {
    id: 'crictl/kubelet-nginx',
    title: { zh: '让 kubelet 看见 nginx:alpine', en: 'Make the kubelet see nginx:alpine' },
    task: {
      zh: '用 crictl 拉取 `nginx:alpine`,然后用 `ctr` 确认它落在哪个命名空间。',
      en: 'Pull `nginx:alpine` with crictl, then find with `ctr` which namespace it landed in.',
    },
    hint: {
      zh: 'crictl 需要先配置好端点;CRI 插件总是把镜像放进 `k8s.io`。',
      en: 'crictl needs its endpoint first; the CRI plugin always puts images in `k8s.io`.',
    },
    solution: [CRICTL_ENDPOINT, 'crictl pull nginx:alpine', 'ctr -n k8s.io images ls -q'],
    check: (facts) => kubeletSees(facts, 'nginx:alpine'),
  },
  {
    id: 'crictl/pod',
    title: { zh: '不经过 kubelet 运行一个 Pod', en: 'Run a pod without the kubelet' },
    task: {
      zh: '像 kubelet 那样,用 `crictl runp`、`create`、`start` 运行一个 Pod,里面有一个正在运行的容器。',
      en: 'Do what the kubelet does: run a pod with `crictl runp`, `create` and `start`, with one running container in it.',
    },
    hint: {
      zh: 'Pod 和容器都来自 JSON 配置文件,镜像要先拉好;`create` 需要 Pod 的 ID、容器配置和 Pod 配置三个参数。',
      en: 'The pod and the container come from JSON config files, and the image must be pulled first; `create` takes the pod ID, the container config and the pod config again.',
    },
    solution: [
      CRICTL_ENDPOINT,
      ...POD_CONFIG_LINES,
      ...CONTAINER_CONFIG_LINES,
      'crictl pull busybox:1.37',
      'POD=$(crictl runp pod-config.json)',
      'CTR=$(crictl create $POD container-config.json pod-config.json)',
      'crictl start $CTR',
      'crictl ps',
    ],
    check: (facts) => facts.pods().some((pod) => pod.state === 'READY' && pod.containers.includes('RUNNING')),
  },
];
