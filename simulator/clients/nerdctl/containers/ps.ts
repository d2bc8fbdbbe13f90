// `nerdctl ps` (cmd/nerdctl/ps.go@v0.22.2): containerd's containers in id order (newest first
// with -n/-l, which also imply -a), only the "Up" ones without -a. The table goes through
// tabwriter(4, 8, 4, ' '): CONTAINER ID, IMAGE, COMMAND (the args quoted, cut to 20 with "…"
// unless --no-trunc), CREATED ("<HumanDuration> ago"), STATUS (formatter.ContainerStatus),
// PORTS (`0.0.0.0:80->80/tcp`), NAMES (nerdctl/name, or `k8s://ns/pod/container` for CRI's).
// `wide` adds RUNTIME, PLATFORM and SIZE; -s adds SIZE.

import { progressBytes } from '../../../cli/units';
import { tabwriteRows } from '../../../cli/tabwriter';
import type { ContainerInfo, NamespacedClient } from '../../../containerd/client/index';
import { goQuote } from '../../../go/quote';
import { goStruct } from '../../../go/template/index';
import { printFormatRows } from '../format/template';
import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { containerStatuses, timeSinceInHuman } from './container-status';
import { LABEL, portsOf, printableName } from './nerdctl-labels';

/** formatter.Ellipsis: byte length, the last kept byte replaced by "…". */
function ellipsis(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  return max === 1 ? text.charAt(0) : `${text.slice(0, max - 1)}…`;
}

/** formatter.InspectContainerCommand. */
function inspectContainerCommand(info: ContainerInfo, trunc: boolean): string {
  const args = (info.spec.process?.args ?? []) as string[];
  const command = args.join(' ');
  return goQuote(trunc ? ellipsis(command, 20) : command);
}

/** formatter.FormatPorts. */
function formatPorts(labels: Readonly<Record<string, string>>): string {
  return portsOf(labels)
    .map((p) => `${p.HostIP}:${p.HostPort}->${p.ContainerPort}/${p.Protocol}`)
    .join(', ');
}

/** getContainerSize: the container's snapshot usage, and the image's unpacked size as "virtual". */
function containerSize(client: NamespacedClient, info: ContainerInfo): string {
  let own = 0;
  let virtual = 0;
  try {
    const sn = client.snapshots.service(info.snapshotter);
    own = sn.usage(info.snapshotKey).size;
    let parent = sn.stat(info.snapshotKey).parent;
    while (parent) {
      virtual += sn.usage(parent).size;
      parent = sn.stat(parent).parent;
    }
  } catch {
    // usage unknown: zero, as an empty snapshot
  }
  return `${progressBytes(own)} (virtual ${progressBytes(virtual)})`;
}

interface Printable {
  Command: string;
  CreatedAt: string;
  ID: string;
  Image: string;
  Platform: string;
  Names: string;
  Ports: string;
  Status: string;
  Runtime: string;
  Size: string;
  Labels: string;
}

/** Go's time.Time.String() of a moment in the node's zone (UTC): "2021-08-07 02:19:45 +0000 UTC". */
function goTimeString(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} +0000 UTC`;
}

export const psCommand: NerdctlCommand = {
  name: 'ps',
  usage: 'List containers',
  args: { max: 0 },
  flags: [
    { names: ['all', 'a'], kind: 'bool', usage: 'Show all containers (default shows just running)' },
    { names: ['last', 'n'], kind: 'int', usage: 'Show n last created containers (includes all states)', value: -1 },
    { names: ['latest', 'l'], kind: 'bool', usage: 'Show the latest created container (includes all states)' },
    { names: ['no-trunc'], kind: 'bool', usage: "Don't truncate output" },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display container IDs' },
    { names: ['size', 's'], kind: 'bool', usage: 'Display total file sizes' },
    { names: ['format'], kind: 'string', usage: "Format the output using the given Go template, e.g, '{{json .}}', 'wide'", value: '' },
  ],
  action: (c) => {
    const client = clientOf(c);
    const node = c.env.node;
    let all = c.bool('all');
    let lastN = c.int('last');
    if (lastN === -1 && c.bool('latest')) lastN = 1;
    let infos = client.containers.list();
    if (lastN > 0) {
      all = true;
      infos = [...infos].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
      infos = infos.slice(0, lastN);
    }
    const trunc = !c.bool('no-trunc');
    const quiet = c.bool('quiet');
    const format = c.string('format');
    const size = !quiet && c.bool('size');
    let wide = false;
    const table: string[][] = [];
    let template = false;
    switch (format) {
      case '':
      case 'table':
        if (!quiet) table.push(['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES', ...(size ? ['SIZE'] : [])]);
        break;
      case 'raw':
        throw new Error('unsupported format: "raw"');
      case 'wide':
        if (!quiet) {
          table.push(['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES', 'RUNTIME', 'PLATFORM', 'SIZE']);
          wide = true;
        }
        break;
      default:
        if (quiet) throw new Error('format and quiet must not be specified together');
        template = true;
    }
    const rows: Printable[] = [];
    const statusOf = containerStatuses(client, node.nowMs());
    // A long listing repeats its commands and ages: each is formatted once.
    const commands = new Map<string, string>();
    const ages = new Map<number, string>();
    const now = node.nowMs();
    for (const info of infos) {
      const id = trunc && info.id.length > 12 ? info.id.slice(0, 12) : info.id;
      const status = statusOf(info);
      if (!status.startsWith('Up') && !all) continue;
      const createdMs = Date.parse(info.createdAt);
      if (quiet && !template) {
        table.push([id]);
        continue;
      }
      const p: Printable = {
        Command: inspectContainerCommand(info, trunc),
        CreatedAt: goTimeString(Math.round(createdMs / 1000) * 1000),
        ID: id,
        Image: info.image,
        Platform: info.labels[LABEL.platform] ?? '',
        Names: printableName(info.labels),
        Ports: formatPorts(info.labels),
        Status: status,
        Runtime: info.runtime.name,
        Size: size || wide ? containerSize(client, info) : '',
        Labels: template
          ? Object.entries(info.labels)
              .map(([k, v]) => `${k}=${v}`)
              .join(',')
          : '',
      };
      if (template) rows.push(p);
      else {
        const ageKey = Math.floor((now - createdMs) / 1000);
        let age = ages.get(ageKey);
        if (age === undefined) ages.set(ageKey, (age = timeSinceInHuman(now, createdMs)));
        const cells = [p.ID, p.Image, p.Command, age, p.Status, p.Ports, p.Names];
        if (wide) cells.push(p.Runtime, p.Platform, p.Size);
        else if (size) cells.push(p.Size);
        table.push(cells);
      }
    }
    if (template) {
      // The rows are main.containerPrintable values (ps.go:107), written one by one (ps.go:233-238).
      printFormatRows((t) => c.io.stdout(t), format, rows.map((p) => goStruct({ ...p }, 'main.containerPrintable')));
      return;
    }
    c.io.stdout(tabwriteRows(table, TAB));
  },
};

const TAB = { minwidth: 4, tabwidth: 8, padding: 4, padchar: ' ' } as const;
