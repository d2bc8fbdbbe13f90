// The pod sandbox RPCs of containerd 1.6.20's CRI plugin (pkg/cri/server/sandbox_*.go), each
// in its own file beside this one. Errors are errdefs errors whose class is the gRPC code
// and whose message is the desc the real plugin sends.

import type { SandboxRpcs } from '../api/services';
import type { CriContext } from '../context';
import { containerRpcs } from '../container/container-service';
import { portForward } from '../streaming/streaming-rpcs';
import { removePodSandbox } from './remove';
import { runPodSandbox } from './run';
import { getSandbox } from './sandbox-store';
import { listPodSandboxStatsRpc, podSandboxStatsRpc } from './stats';
import { listPodSandbox, podSandboxStatus } from './status';
import { stopPodSandbox } from './stop';
import { wrapf } from '../../errdefs/errdefs';

export function sandboxRpcs(ctx: CriContext): SandboxRpcs {
  const containers = () => containerRpcs(ctx);
  return {
    runPodSandbox: async (req, call) => ({ podSandboxId: await runPodSandbox(ctx, req.config ?? {}, req.runtimeHandler ?? '', call) }),
    stopPodSandbox: async (req, call) => {
      let record;
      try {
        record = getSandbox(ctx, req.podSandboxId);
      } catch (err) {
        throw wrapf(err, `an error occurred when try to find sandbox ${JSON.stringify(req.podSandboxId)}`);
      }
      await stopPodSandbox(ctx, record, call);
    },
    removePodSandbox: (req, call) => removePodSandbox(ctx, req.podSandboxId, call),
    podSandboxStatus: async (req) => podSandboxStatus(ctx, req.podSandboxId, req.verbose === true),
    listPodSandbox: async (req) => ({ items: listPodSandbox(ctx, req.filter) }),
    portForward: async (req) => portForward(ctx, req),
    podSandboxStats: async (req) => ({ stats: await podSandboxStatsRpc(ctx, containers(), req.podSandboxId) }),
    listPodSandboxStats: async (req) => ({ stats: await listPodSandboxStatsRpc(ctx, containers(), req.filter) }),
  };
}
