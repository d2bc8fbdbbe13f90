// formatter.DisplayablePorts (docker/cli@v20.10.24 cli/command/formatter/container.go): the
// PORTS column. Ports sorted by private port, IP, public port, type; a port published on the
// same number is grouped with its neighbours into a range per IP and type
// (`0.0.0.0:8000-8001->8000-8001/tcp`), one published on another number listed on its own
// after the groups (`0.0.0.0:8080->80/tcp`); unpublished ones grouped per type (`80/tcp`).

export interface PortEntry {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

function comparePorts(a: PortEntry, b: PortEntry): number {
  if (a.PrivatePort !== b.PrivatePort) return a.PrivatePort - b.PrivatePort;
  const ipA = a.IP ?? '';
  const ipB = b.IP ?? '';
  if (ipA !== ipB) return ipA < ipB ? -1 : 1;
  if ((a.PublicPort ?? 0) !== (b.PublicPort ?? 0)) return (a.PublicPort ?? 0) - (b.PublicPort ?? 0);
  return a.Type < b.Type ? -1 : a.Type > b.Type ? 1 : 0;
}

/** formGroup: `ip/type` or `type` key and a first..last range. */
function formGroup(key: string, first: number, last: number): string {
  const parts = key.split('/');
  const ip = parts.length > 1 ? (parts[0] ?? '') : '';
  const type = parts.length > 1 ? (parts[1] ?? '') : (parts[0] ?? '');
  let group = first === last ? String(first) : `${first}-${last}`;
  if (ip !== '') group = `${ip}:${group}->${group}`;
  return `${group}/${type}`;
}

export function displayablePorts(ports: readonly PortEntry[]): string {
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  for (const port of [...ports].sort(comparePorts)) {
    const current = port.PrivatePort;
    let key = port.Type;
    if (port.IP !== undefined && port.IP !== '') {
      if (port.PublicPort !== current) {
        hostMappings.push(`${port.IP}:${port.PublicPort ?? 0}->${port.PrivatePort}/${port.Type}`);
        continue;
      }
      key = `${port.IP}/${port.Type}`;
    }
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { first: current, last: current });
      continue;
    }
    if (current === group.last + 1) {
      group.last = current;
      continue;
    }
    result.push(formGroup(key, group.first, group.last));
    group.first = current;
    group.last = current;
  }
  for (const [key, g] of groups) result.push(formGroup(key, g.first, g.last));
  return [...result, ...hostMappings].join(', ');
}
