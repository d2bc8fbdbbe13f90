// `docker system df` (docker/cli 20.10 cli/command/system/df.go, formatter/disk_usage.go):
// TYPE / TOTAL / ACTIVE / SIZE / RECLAIMABLE for images, containers, local volumes and build
// cache (units.HumanSize, the reclaimable share as a whole percentage); -v lists each kind
// under its own heading, images by their first tag only; -v with a format of one's own runs it
// once over all of them.

import type { FlagSpec } from '../../../cli/spec';
import { humanSize } from '../../../cli/units';
import { CliError } from '../../../cli/cli-error';
import { dockerPreFormat, formatDockerRows, goSlice, goStruct, GoTemplateError, parseDockerTemplate } from '../../../go/template/index';
import { humanDuration, type DiskUsage } from '../../../dockerd/index';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { containerContext } from '../format/container';
import { truncateId } from '../format/text';

const SUMMARY_FORMAT = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
const SUMMARY_HEADER = { Type: 'TYPE', TotalCount: 'TOTAL', Active: 'ACTIVE', Size: 'SIZE', Reclaimable: 'RECLAIMABLE' };

function share(reclaimable: number, total: number): string {
  return total > 0 ? `${humanSize(reclaimable)} (${Math.trunc((reclaimable * 100) / total)}%)` : humanSize(reclaimable);
}

const isActive = (state: string) => state === 'running' || state === 'paused' || state === 'restarting';

function summaryRows(du: DiskUsage) {
  let used = 0;
  for (const i of du.Images) if (i.Containers !== 0 && i.SharedSize !== -1) used += i.VirtualSize - i.SharedSize;
  const containersSize = du.Containers.reduce((n, c) => n + (c.SizeRw ?? 0), 0);
  const containersFree = du.Containers.filter((c) => !isActive(c.State)).reduce((n, c) => n + (c.SizeRw ?? 0), 0);
  const volumesSize = du.Volumes.reduce((n, v) => n + Math.max(0, v.UsageData.Size), 0);
  const volumesFree = du.Volumes.filter((v) => v.UsageData.RefCount === 0).reduce((n, v) => n + Math.max(0, v.UsageData.Size), 0);
  const row = (Type: string, total: number, active: number, size: number, reclaimable: string) =>
    goStruct({ Type: () => Type, TotalCount: () => String(total), Active: () => String(active), Size: () => humanSize(size), Reclaimable: () => reclaimable }, '*formatter.diskUsageContext');
  return [
    row('Images', du.Images.length, du.Images.filter((i) => i.Containers > 0).length, du.LayersSize, share(du.LayersSize - used, du.LayersSize)),
    row('Containers', du.Containers.length, du.Containers.filter((c) => isActive(c.State)).length, containersSize, share(containersFree, containersSize)),
    row('Local Volumes', du.Volumes.length, du.Volumes.filter((v) => v.UsageData.RefCount > 0).length, volumesSize, share(volumesFree, volumesSize)),
    row('Build Cache', 0, 0, 0, '0B'),
  ];
}

const IMAGES_FORMAT = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}';
const IMAGES_HEADER = { Repository: 'REPOSITORY', Tag: 'TAG', ID: 'IMAGE ID', CreatedSince: 'CREATED', Size: 'SIZE', SharedSize: 'SHARED SIZE', UniqueSize: 'UNIQUE SIZE', Containers: 'CONTAINERS' };
const CONTAINERS_FORMAT = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}';
const CONTAINERS_HEADER = { ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', LocalVolumes: 'LOCAL VOLUMES', Size: 'SIZE', RunningFor: 'CREATED', Status: 'STATUS', Names: 'NAMES' };
const VOLUMES_FORMAT = 'table {{.Name}}\t{{.Links}}\t{{.Size}}';
const VOLUMES_HEADER = { Name: 'VOLUME NAME', Links: 'LINKS', Size: 'SIZE' };
const CACHE_FORMAT = 'table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}';
const CACHE_HEADER = { ID: 'CACHE ID', CacheType: 'CACHE TYPE', Size: 'SIZE', CreatedSince: 'CREATED', LastUsedSince: 'LAST USED', UsageCount: 'USAGE', Shared: 'SHARED' };

function verboseContexts(du: DiskUsage, nowMs: number) {
  const images = du.Images.map((i) => {
    const dangling = i.RepoTags.length === 0;
    const first = dangling ? '<none>:<none>' : (i.RepoTags[0] ?? '<none>:<none>');
    const at = first.lastIndexOf(':');
    return goStruct(
      {
        Repository: () => first.slice(0, at),
        Tag: () => first.slice(at + 1),
        ID: () => truncateId(i.Id),
        CreatedSince: () => `${humanDuration(nowMs - i.Created * 1000)} ago`,
        Size: () => humanSize(i.Size),
        SharedSize: () => humanSize(i.SharedSize),
        UniqueSize: () => humanSize(i.Size - i.SharedSize),
        Containers: () => String(i.Containers),
      },
      '*formatter.imageContext',
    );
  });
  const containers = du.Containers.map((c) => containerContext({ ...c, SizeRootFs: undefined, SizeRw: c.SizeRw ?? 0 }, true, nowMs));
  const volumes = du.Volumes.map((v) => goStruct({ Name: () => v.Name, Links: () => String(v.UsageData.RefCount), Size: () => humanSize(v.UsageData.Size) }, '*formatter.volumeContext'));
  return { images, containers, volumes };
}

function verbose(du: DiskUsage, nowMs: number): string {
  const { images, containers, volumes } = verboseContexts(du, nowMs);
  const table = (format: string, rows: object[], header: Record<string, string>) => formatDockerRows({ format, rows, header });
  return (
    `Images space usage:\n\n${table(IMAGES_FORMAT, images, IMAGES_HEADER)}\n` +
    `Containers space usage:\n\n${table(CONTAINERS_FORMAT, containers, CONTAINERS_HEADER)}\n` +
    `Local Volumes space usage:\n\n${table(VOLUMES_FORMAT, volumes, VOLUMES_HEADER)}\n` +
    `Build cache usage: 0B\n\n${table(CACHE_FORMAT, [], CACHE_HEADER)}`
  );
}

function action(c: DockerContext): void {
  const du = daemonOf(c).diskUsage();
  const format = c.string('format');
  if (c.bool('verbose')) {
    c.io.stdout(format === '' || format === 'table' ? verbose(du, c.env.node.nowMs()) : verboseTemplate(c, format, du));
    return;
  }
  c.io.stdout(formatDockerRows({ format: format === '' ? SUMMARY_FORMAT : format, rows: summaryRows(du), header: SUMMARY_HEADER }));
}

/**
 * verboseWrite with a format of one's own: the template runs once over the whole
 * *formatter.diskUsageContext (its Images, Containers, Volumes and BuildCache lists), with no
 * newline added; an execution error is returned as it is (no `template parsing error:`), after
 * what the template wrote before it.
 */
function verboseTemplate(c: DockerContext, format: string, du: DiskUsage): string {
  const { images, containers, volumes } = verboseContexts(du, c.env.node.nowMs());
  const { text } = dockerPreFormat(format);
  let tmpl;
  try {
    tmpl = parseDockerTemplate(text);
  } catch (e) {
    if (e instanceof GoTemplateError) throw new CliError(`template parsing error: ${e.message}`, 1);
    throw e;
  }
  const data = goStruct(
    {
      Images: goSlice(images, '[]*formatter.imageContext'),
      Containers: goSlice(containers, '[]*formatter.ContainerContext'),
      Volumes: goSlice(volumes, '[]*formatter.volumeContext'),
      BuildCache: goSlice([], '[]*formatter.buildCacheContext'),
    },
    '*formatter.diskUsageContext',
  );
  try {
    return tmpl.execute(data);
  } catch (e) {
    if (!(e instanceof GoTemplateError)) throw e;
    c.io.stdout(tmpl.executePartial(data));
    throw new CliError(e.message, 1);
  }
}

const dfFlags: FlagSpec[] = [
  { names: ['format'], kind: 'string', usage: 'Pretty-print images using a Go template' },
  { names: ['verbose', 'v'], kind: 'bool', usage: 'Show detailed information on space usage' },
];

export const systemDfCommand: DockerCommand = {
  name: 'df',
  argsUsage: '[OPTIONS]',
  usage: 'Show docker disk usage',
  args: { max: 0 },
  flags: dfFlags,
  action,
};
