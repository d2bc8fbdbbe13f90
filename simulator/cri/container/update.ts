// UpdateContainerResources as containerd 1.6.20 does it (container_update_resources.go and
// _linux.go): the new limits go into the container's spec in containerd (WithResources: only
// non-zero values change; the memory limit sets swap too) and the status copies them back.
// A running container's task then takes them (its cgroup rewritten in place); when runc refuses
// them the old spec is put back.

import { plain, wrapf } from '../../errdefs/errdefs';
import type { CgroupResources } from '../../containerd/client/index';
import type { LinuxContainerResources } from '../api/runtime-v1';
import type { CriContext } from '../context';
import { getContainerRecord, type CriContainerRecord } from './container-store';
import { applyResources, resourcesOfSpec } from './container-spec';

export function updateContainerResources(ctx: CriContext, req: { containerId: string; linux?: LinuxContainerResources }): void {
  let record: CriContainerRecord;
  try {
    record = getContainerRecord(ctx, req.containerId);
  } catch (err) {
    throw wrapf(err, 'failed to find container');
  }
  if (record.removing) throw plain(`failed to update resources: container ${JSON.stringify(record.id)} is in removing state`);
  const container = ctx.k8s.containers.loadContainer(record.id);
  const oldSpec = container.info().spec;
  const spec = structuredClone(oldSpec) as ReturnType<typeof container.info>['spec'] & { linux?: { resources?: Record<string, unknown> } };
  const linux = (spec.linux ??= {}) as { resources?: Record<string, unknown> };
  const resources = (linux.resources ??= {});
  applyResources(resources, req.linux);
  const oom = req.linux?.oomScoreAdj;
  if (oom !== undefined && Number(oom) !== 0) (spec.process as { oomScoreAdj?: number }).oomScoreAdj = Number(oom);
  try {
    container.updateSpec(spec);
  } catch (err) {
    throw wrapf(err, 'failed to update resources: failed to update container spec');
  }
  // A running container's cgroup takes the new resources (task.Update with WithResources).
  if (record.state === 'CONTAINER_RUNNING') {
    try {
      container.task().update((spec.linux?.resources ?? {}) as CgroupResources);
    } catch (err) {
      // updateContainerResources' deferred reset puts the old spec back; its error is wrapped
      // there and again by UpdateContainerResources (fixtures/learner-restarts-images-updates.json #52, #53).
      container.updateSpec(oldSpec);
      throw wrapf(err, 'failed to update resources: failed to update resources');
    }
  }
  record.resources = resourcesOfSpec(spec) as Record<string, unknown>;
}
