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

/** One row of `docker ps` (formatter.ContainerContext); `nowMs` ages CREATED. */
class ContainerRow {
  readonly #c: ContainerSummary;
  readonly #trunc: boolean;
  readonly #nowMs: number;

  constructor(c: ContainerSummary, trunc: boolean, nowMs: number) {
    this.#c = c;
    this.#trunc = trunc;
    this.#nowMs = nowMs;
  }

  ID(): string {
    return this.#trunc ? truncateId(this.#c.Id) : this.#c.Id;
  }

  Names(): string {
    const names = this.#c.Names.map((n) => n.replace(/^\//, ''));
    // Links (`other/alias`) are dropped unless --no-trunc: the first plain name stands.
    const plain = this.#trunc ? names.find((n) => !n.includes('/')) : undefined;
    return (plain !== undefined ? [plain] : names).join(',');
  }

  Image(): string {
    return imageColumn(this.#c, this.#trunc);
  }

  Command(): string {
    return goQuote(this.#trunc ? ellipsis(this.#c.Command, 20) : this.#c.Command);
  }

  CreatedAt(): string {
    return goTimeString(this.#c.Created * 1000);
  }

  RunningFor(): string {
    return `${humanDuration(this.#nowMs - this.#c.Created * 1000)} ago`;
  }

  Ports(): string {
    return displayablePorts(this.#c.Ports);
  }

  State(): string {
    return this.#c.State;
  }

  Status(): string {
    return this.#c.Status;
  }

  Size(): string {
    return sizeColumn(this.#c);
  }

  Labels(): string {
    return Object.entries(this.#c.Labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
  }

  Label(name: string): string {
    return this.#c.Labels[name] ?? '';
  }

  Mounts(): string {
    return this.#c.Mounts.map((m) => (this.#trunc ? ellipsis(m.Name || m.Source, 15) : m.Name || m.Source)).join(',');
  }

  LocalVolumes(): string {
    return String(this.#c.Mounts.filter((m) => (m as { Driver?: string }).Driver === 'local').length);
  }

  Networks(): string {
    return Object.keys(this.#c.NetworkSettings.Networks).sort().join(',');
  }
}

export function containerContext(c: ContainerSummary, trunc: boolean, nowMs: number): ContainerRow {
  return rowContext(new ContainerRow(c, trunc, nowMs), '*formatter.ContainerContext');
}

/** An empty row: what `docker ps` runs a custom format on first, to see if it uses .Size. */
export function emptyContainerContext(probe: { sizeUsed: boolean }) {
  const empty: ContainerSummary = { Id: '', Names: [], Image: '', ImageID: '', Command: '', Created: 0, Ports: [], Labels: {}, State: '', Status: '', HostConfig: { NetworkMode: '' }, NetworkSettings: { Networks: {} }, Mounts: [] };
  const row = containerContext(empty, true, 0);
  // An own Size in front of the class's: the probe learns the template asked for it.
  Object.defineProperty(row, 'Size', {
    value: () => {
      probe.sizeUsed = true;
      return ContainerRow.prototype.Size.call(row);
    },
    enumerable: true,
  });
  return row;
}
