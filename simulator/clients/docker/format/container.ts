// formatter.ContainerContext (docker/cli@v20.10.24 cli/command/formatter/container.go): the
// columns `docker ps --format` offers, truncated unless --no-trunc, the header row of `table`
// formats, and NewContainerFormat's `table` and `raw` formats (with a SIZE column for -s).

import { humanSizeWithPrecision } from '../../../cli/units';
import { humanDuration, type ContainerSummary } from '../../../dockerd/index';
import { goQuote } from '../../../go/quote';
import { displayablePorts } from './ports';
import { rowContext } from './raw-json';
import { ellipsis, goTimeString, truncateId } from './text';

export const CONTAINER_HEADER = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Names: 'NAMES',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
};

const TABLE = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
const RAW = 'container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\nstate: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n';

/** NewContainerFormat(source, quiet, size). */
export function containerFormat(source: string, quiet: boolean, size: boolean): string {
  if (source === 'table') return quiet ? '{{.ID}}' : size ? `${TABLE}\t{{.Size}}` : TABLE;
  if (source === 'raw') return quiet ? 'container_id: {{.ID}}' : size ? `${RAW}size: {{.Size}}\n` : RAW;
  return source;
}

/** The image column: an id shortened, a digest dropped (ContainerContext.Image). */
function imageColumn(c: ContainerSummary, trunc: boolean): string {
  if (c.Image === '') return '<no image>';
  if (!trunc) return c.Image;
  if (truncateId(c.ImageID) === truncateId(c.Image)) return truncateId(c.Image);
  return c.Image.replace(/@.*$/, '');
}

/** `-s`: the writable layer and, when known, the whole rootfs (`0B (virtual 1.98MB)`). */
function sizeColumn(c: ContainerSummary): string {
  const rw = humanSizeWithPrecision(c.SizeRw ?? 0, 3);
  return (c.SizeRootFs ?? 0) > 0 ? `${rw} (virtual ${humanSizeWithPrecision(c.SizeRootFs ?? 0, 3)})` : rw;
}

/** One row of `docker ps`; `nowMs` ages CREATED. */
export function containerContext(c: ContainerSummary, trunc: boolean, nowMs: number) {
  const names = c.Names.map((n) => n.replace(/^\//, ''));
  return rowContext(
    {
      ID: () => (trunc ? truncateId(c.Id) : c.Id),
      Names: () => {
        // Links (`other/alias`) are dropped unless --no-trunc: the first plain name stands.
        const plain = trunc ? names.find((n) => !n.includes('/')) : undefined;
        return (plain !== undefined ? [plain] : names).join(',');
      },
      Image: () => imageColumn(c, trunc),
      Command: () => goQuote(trunc ? ellipsis(c.Command, 20) : c.Command),
      CreatedAt: () => goTimeString(c.Created * 1000),
      RunningFor: () => `${humanDuration(nowMs - c.Created * 1000)} ago`,
      Ports: () => displayablePorts(c.Ports),
      State: () => c.State,
      Status: () => c.Status,
      Size: () => sizeColumn(c),
      Labels: () => Object.entries(c.Labels).map(([k, v]) => `${k}=${v}`).join(','),
      Label: (name: string) => c.Labels[name] ?? '',
      Mounts: () => c.Mounts.map((m) => (trunc ? ellipsis(m.Name || m.Source, 15) : m.Name || m.Source)).join(','),
      LocalVolumes: () => String(c.Mounts.filter((m) => (m as { Driver?: string }).Driver === 'local').length),
      Networks: () => Object.keys(c.NetworkSettings.Networks).sort().join(','),
    },
    '*formatter.ContainerContext',
  );
}

/** An empty row: what `docker ps` runs a custom format on first, to see if it uses .Size. */
export function emptyContainerContext(probe: { sizeUsed: boolean }) {
  const empty: ContainerSummary = { Id: '', Names: [], Image: '', ImageID: '', Command: '', Created: 0, Ports: [], Labels: {}, State: '', Status: '', HostConfig: { NetworkMode: '' }, NetworkSettings: { Networks: {} }, Mounts: [] };
  const row = containerContext(empty, true, 0);
  const size = row.Size;
  row.Size = () => {
    probe.sizeUsed = true;
    return size();
  };
  return row;
}
