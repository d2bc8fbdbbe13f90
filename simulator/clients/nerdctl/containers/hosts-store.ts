// nerdctl's hosts store (pkg/dnsutil/hostsstore@v0.22.2): <data store>/etchosts/<ns>/<id>/ holds
// each CNI container's hosts file (bind-mounted at /etc/hosts) and meta.json (its networks'
// CNI results, hostname, name, extra hosts). After every change the updater rewrites every
// hosts file: localhost lines, the container's own --add-host entries, then one line per
// container address on a network it shares (`<ip padded to 15> <hostname> <name>`, plus
// `<host>.<network>` names off the default network), between `# <nerdctl>` markers.
// (Go walks maps in random order; the lines here are sorted by address.)

import * as vfs from '../../../host/vfs';
import type { Node } from '../../../node';

export interface HostsMeta {
  Namespace: string;
  ID: string;
  /** network name → the CNI result as JSON (ips[].address "10.4.0.2/24"). */
  Networks: Record<string, { ips?: Array<{ address: string }> }>;
  Hostname: string;
  ExtraHosts: Record<string, string>;
  Name: string;
}

function root(dataStore: string): string {
  return `${dataStore}/etchosts`;
}

function readMetas(node: Node, dataStore: string): Array<{ dir: string; meta: HostsMeta }> {
  const files = node.state.host.files;
  const base = root(dataStore);
  if (!vfs.exists(files, base)) return [];
  const out: Array<{ dir: string; meta: HostsMeta }> = [];
  for (const ns of vfs.readdir(files, base)) {
    if (files[`${base}/${ns}`]?.kind !== 'dir') continue;
    for (const id of vfs.readdir(files, `${base}/${ns}`)) {
      const path = `${base}/${ns}/${id}/meta.json`;
      if (files[path]?.kind !== 'file') continue;
      try {
        out.push({ dir: `${base}/${ns}/${id}`, meta: JSON.parse(vfs.binaryToText(vfs.readFile(files, path))) as HostsMeta });
      } catch {
        // an unreadable meta.json is skipped
      }
    }
  }
  return out;
}

function ipNumber(ip: string): number {
  return ip.split('.').reduce((n, p) => n * 256 + Number(p), 0);
}

/** Rewrites every hosts file that has a meta.json, as updater.phase2 does. */
function update(node: Node, dataStore: string, forId: string): void {
  const files = node.state.host.files;
  const metas = readMetas(node, dataStore);
  const byIp: Array<{ ip: string; network: string; meta: HostsMeta }> = [];
  for (const { meta } of metas) {
    for (const [network, res] of Object.entries(meta.Networks ?? {})) {
      for (const ipc of res.ips ?? []) {
        const ip = ipc.address.split('/')[0] ?? '';
        if (ip === '' || ip.startsWith('127.') || ip === '0.0.0.0') continue;
        byIp.push({ ip, network, meta });
      }
    }
  }
  byIp.sort((a, b) => ipNumber(a.ip) - ipNumber(b.ip));
  for (const { dir, meta } of metas) {
    const path = `${dir}/hosts`;
    if (files[path]?.kind !== 'file') continue;
    const mine = new Set(Object.keys(meta.Networks ?? {}));
    let text = '# <nerdctl>\n127.0.0.1\tlocalhost localhost.localdomain\n::1\t\tlocalhost localhost.localdomain\n';
    if (meta.ID === forId) for (const [host, ip] of Object.entries(meta.ExtraHosts ?? {})) text += `${ip.padEnd(15)} ${host}\n`;
    for (const { ip, network, meta: that } of byIp) {
      if (!mine.has(network)) continue;
      const names = [that.Hostname, ...(that.Name ? [that.Name] : [])];
      const line = names.flatMap((h) => (network === 'bridge' ? [h] : [h, `${h}.${network}`]));
      text += `${ip.padEnd(15)} ${line.join(' ')}\n`;
    }
    text += '# </nerdctl>\n';
    vfs.writeFile(files, path, text, { mode: 0o644, mtimeMs: node.nowMs() });
  }
}

/** Store.Acquire: writes meta.json, then rewrites the hosts files. */
export function acquireHosts(node: Node, dataStore: string, meta: HostsMeta): void {
  const dir = `${root(dataStore)}/${meta.Namespace}/${meta.ID}`;
  const files = node.state.host.files;
  vfs.mkdir(files, dir, { parents: true, mode: 0o700, mtimeMs: node.nowMs() });
  vfs.writeFile(files, `${dir}/meta.json`, JSON.stringify(meta), { mode: 0o600, mtimeMs: node.nowMs() });
  update(node, dataStore, meta.ID);
}

/** Store.Release: meta.json goes (the hosts file stays until the container is removed). */
export function releaseHosts(node: Node, dataStore: string, ns: string, id: string): void {
  const path = `${root(dataStore)}/${ns}/${id}/meta.json`;
  vfs.rm(node.state.host.files, path, { force: true, mtimeMs: node.nowMs() });
  update(node, dataStore, id);
}

/**
 * Store.Update (rename): the new name in meta.json, then the hosts files. meta.json exists only
 * while a container on a CNI network runs (the OCI hook's Acquire at create, Release at stop), so
 * for a created, stopped, --net host or none container the read fails as os.ReadFile does
 * (hostsstore.go:159-165@v0.22.2; nerdctl issue 3341 shows the same FATA).
 */
export function renameInHosts(node: Node, dataStore: string, ns: string, id: string, newName: string): void {
  const files = node.state.host.files;
  const path = `${root(dataStore)}/${ns}/${id}/meta.json`;
  if (files[path]?.kind !== 'file') throw new Error(`open ${path}: no such file or directory`);
  const meta = JSON.parse(vfs.binaryToText(vfs.readFile(files, path))) as HostsMeta;
  meta.Name = newName;
  vfs.writeFile(files, path, JSON.stringify(meta), { mode: 0o600, mtimeMs: node.nowMs() });
  update(node, dataStore, id);
}
