// The container half of CRI's RuntimeService as containerd 1.6.20's plugin serves it: each RPC
// in a file of its own (create, start, stop, remove, list-status, update, stats); exec, attach,
// exec-sync and log reopening come from the streaming slice (cri/streaming).

import type { ContainerRpcs } from '../api/services';
import type { CriContext } from '../context';
import { streamingRpcs } from '../streaming/streaming-rpcs';
import { createContainer } from './create';
import { containerStatus, listContainers } from './list-status';
import { removeContainer } from './remove';
import { startContainer } from './start';
import { containerStats, listContainerStats } from './stats';
import { stopContainer } from './stop';
import { updateContainerResources } from './update';

export function containerRpcs(ctx: CriContext): ContainerRpcs {
  return {
    createContainer: async (req) => createContainer(ctx, req),
    startContainer: async (req) => startContainer(ctx, req.containerId),
    stopContainer: (req, call) => stopContainer(ctx, req, call),
    removeContainer: (req, call) => removeContainer(ctx, req, call),
    listContainers: async (req) => ({ containers: listContainers(ctx, req.filter) }),
    containerStatus: async (req) => containerStatus(ctx, req),
    updateContainerResources: async (req) => updateContainerResources(ctx, req),
    containerStats: async (req) => containerStats(ctx, req),
    listContainerStats: async (req) => listContainerStats(ctx, req),
    ...streamingRpcs(ctx),
  };
}
