// A hand-written CRI runtime for the kubelet's unit tests: sandboxes and containers in memory,
// with the states and errors the kubelet reacts to, and `exit` to end a container's process.
// Only the calls the kubelet makes are served.

import type {
  Container,
  ContainerConfig,
  ContainerState,
  CriServices,
  ImageService,
  PodSandbox,
  PodSandboxConfig,
  RuntimeService,
} from '../cri/index';
import { notFound } from '../errdefs/errdefs';
import type { Node } from '../node';

interface FakeContainer {
  item: Container;
  config: ContainerConfig;
  exitCode: number;
  startedAt: string;
  finishedAt: string;
}

export interface FakeCri extends CriServices {
  sandboxes: Map<string, { item: PodSandbox; config: PodSandboxConfig }>;
  containers: Map<string, FakeContainer>;
  images: Set<string>;
  pulls: string[];
  /** The container's process ends with `code`. */
  exit(containerId: string, code: number): void;
}

export function fakeCri(node: Node): FakeCri {
  let next = 1;
  const nanos = () => `${node.nowMs()}000000`;
  const id = () => (next++).toString(16).padStart(64, '0');
  const sandboxes = new Map<string, { item: PodSandbox; config: PodSandboxConfig }>();
  const containers = new Map<string, FakeContainer>();
  const images = new Set<string>();
  const pulls: string[] = [];
  const sandbox = (podSandboxId: string) => {
    const s = sandboxes.get(podSandboxId);
    if (!s) throw notFound(`an error occurred when try to find sandbox ${JSON.stringify(podSandboxId)}`);
    return s;
  };
  const container = (containerId: string) => {
    const c = containers.get(containerId);
    if (!c) throw notFound(`an error occurred when try to find container ${JSON.stringify(containerId)}`);
    return c;
  };
  const setState = (c: FakeContainer, state: ContainerState) => {
    c.item.state = state;
  };
  const unused = () => Promise.reject(new Error('not used by the kubelet'));
  const runtime: RuntimeService = {
    async runPodSandbox({ config }) {
      const podSandboxId = id();
      const metadata = config.metadata ?? { name: '', uid: '', namespace: '', attempt: 0 };
      sandboxes.set(podSandboxId, {
        item: { id: podSandboxId, metadata, state: 'SANDBOX_READY', createdAt: nanos(), labels: config.labels ?? {}, annotations: config.annotations ?? {}, runtimeHandler: '' },
        config,
      });
      return { podSandboxId };
    },
    async stopPodSandbox({ podSandboxId }) {
      const s = sandbox(podSandboxId);
      for (const c of containers.values()) {
        if (c.item.podSandboxId === podSandboxId && c.item.state === 'CONTAINER_RUNNING') {
          setState(c, 'CONTAINER_EXITED');
          c.exitCode = 137;
          c.finishedAt = nanos();
        }
      }
      s.item.state = 'SANDBOX_NOTREADY';
    },
    async removePodSandbox({ podSandboxId }) {
      sandbox(podSandboxId);
      for (const [cid, c] of containers) if (c.item.podSandboxId === podSandboxId) containers.delete(cid);
      sandboxes.delete(podSandboxId);
    },
    async podSandboxStatus({ podSandboxId }) {
      const s = sandbox(podSandboxId).item;
      return {
        status: { id: s.id, metadata: s.metadata, state: s.state, createdAt: s.createdAt, network: { ip: '10.88.0.2', additionalIps: [] }, labels: s.labels, annotations: s.annotations, runtimeHandler: '' },
        info: {},
      };
    },
    async listPodSandbox() {
      return { items: [...sandboxes.values()].map((s) => ({ ...s.item })) };
    },
    async createContainer({ podSandboxId, config }) {
      const s = sandbox(podSandboxId);
      if (s.item.state !== 'SANDBOX_READY') throw notFound(`sandbox ${podSandboxId} is not ready`);
      const containerId = id();
      containers.set(containerId, {
        item: {
          id: containerId,
          podSandboxId,
          metadata: config.metadata ?? { name: '', attempt: 0 },
          image: config.image ?? { image: '' },
          imageRef: config.image?.image ?? '',
          state: 'CONTAINER_CREATED',
          createdAt: nanos(),
          labels: config.labels ?? {},
          annotations: config.annotations ?? {},
        },
        config,
        exitCode: 0,
        startedAt: '0',
        finishedAt: '0',
      });
      return { containerId };
    },
    async startContainer({ containerId }) {
      const c = container(containerId);
      setState(c, 'CONTAINER_RUNNING');
      c.startedAt = nanos();
    },
    async stopContainer({ containerId }) {
      const c = container(containerId);
      if (c.item.state === 'CONTAINER_RUNNING') {
        c.exitCode = 137;
        c.finishedAt = nanos();
      }
      setState(c, 'CONTAINER_EXITED');
    },
    async removeContainer({ containerId }) {
      container(containerId);
      containers.delete(containerId);
    },
    async listContainers() {
      return { containers: [...containers.values()].map((c) => ({ ...c.item })) };
    },
    async containerStatus({ containerId }) {
      const c = container(containerId);
      return {
        status: {
          id: c.item.id,
          metadata: c.item.metadata,
          state: c.item.state,
          createdAt: c.item.createdAt,
          startedAt: c.startedAt,
          finishedAt: c.finishedAt,
          exitCode: c.exitCode,
          image: c.item.image,
          imageRef: c.item.imageRef,
          reason: '',
          message: '',
          labels: c.item.labels,
          annotations: c.item.annotations,
          mounts: [],
          logPath: '',
        },
        info: {},
      };
    },
    portForward: unused,
    podSandboxStats: unused,
    listPodSandboxStats: unused,
    updateContainerResources: unused,
    reopenContainerLog: unused,
    execSync: unused,
    exec: unused,
    attach: unused,
    containerStats: unused,
    listContainerStats: unused,
    version: unused,
    status: unused,
    updateRuntimeConfig: unused,
    checkpointContainer: unused,
  };
  const imageId = (ref: string) => `sha256:${ref.length.toString(16).padStart(64, '0')}`;
  const image: ImageService = {
    async imageStatus({ image: spec }) {
      if (!images.has(spec.image)) return { info: {} };
      return { image: { id: imageId(spec.image), repoTags: [spec.image], repoDigests: [], size: '1', username: '', pinned: false }, info: {} };
    },
    async pullImage({ image: spec }) {
      pulls.push(spec.image);
      if (spec.image.includes('nosuch')) {
        throw notFound(`failed to pull and unpack image "docker.io/library/${spec.image}": failed to resolve reference "docker.io/library/${spec.image}"`);
      }
      images.add(spec.image);
      return { imageRef: imageId(spec.image) };
    },
    listImages: unused,
    removeImage: unused,
    imageFsInfo: unused,
  };
  return {
    runtime,
    image,
    sandboxes,
    containers,
    images,
    pulls,
    exit(containerId, code) {
      const c = container(containerId);
      setState(c, 'CONTAINER_EXITED');
      c.exitCode = code;
      c.finishedAt = nanos();
    },
  };
}
