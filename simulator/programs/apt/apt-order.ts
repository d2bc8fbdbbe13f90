// The order apt hands packages to dpkg, and `apt-get -s`'s account of it. apt's order list
// sorts the packages to install — the ones asked for first, then by Priority (important before
// optional), then by name — and visits each, its Depends before it (Debug::pkgOrderList shows
// `Visit docker.io … Visit nftables … Visit apparmor … Visit binutils …` for docker.io on a
// bookworm node with containerd and runc). Simulation prints that order as `Inst` lines, then the
// same as `Conf` lines, each with the version and the release it comes from.

import { debArch } from './apt-format';
import type { DebEntry } from './apt-index';

/** The releases a bookworm node's lists name (`apt-get -s install nftables` on such a node). */
const MAIN_RELEASE = 'Debian:12.15/oldstable';
const SECURITY_RELEASE = 'Debian-Security:12/oldstable-security';

/** Packages of `todo` in apt's order: asked-for, then important, then by name; each after its Depends. */
export function installOrder(packages: Readonly<Record<string, DebEntry>>, todo: readonly string[], asked: readonly string[]): string[] {
  const pending = new Set(todo);
  const rank = (name: string) => (asked.includes(name) ? 0 : packages[name]?.important ? 1 : 2);
  const sorted = [...todo].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const order: string[] = [];
  const visit = (name: string): void => {
    if (!pending.delete(name)) return;
    for (const dep of packages[name]?.depends ?? []) visit(dep);
    order.push(name);
  };
  for (const name of sorted) visit(name);
  return order;
}

function release(p: DebEntry): string {
  if (p.origin === 'security') return SECURITY_RELEASE;
  if (p.origin === 'both') return `${MAIN_RELEASE}, ${SECURITY_RELEASE}`;
  return MAIN_RELEASE;
}

/** `Inst name (version release [arch])` for each, then the `Conf` lines. */
export function simulatedInstall(packages: Readonly<Record<string, DebEntry>>, order: readonly string[]): string {
  const described = order.flatMap((name) => {
    const p = packages[name];
    return p ? [`${name} (${p.version} ${release(p)} [${debArch(name, p)}])`] : [];
  });
  return [...described.map((d) => `Inst ${d}\n`), ...described.map((d) => `Conf ${d}\n`)].join('');
}

/** `Remv name [version]` (or `Purg`) for each package removed. */
export function simulatedRemoval(names: readonly string[], versions: ReadonlyMap<string, string>, purge: boolean): string {
  return names.map((name) => `${purge ? 'Purg' : 'Remv'} ${name} [${versions.get(name) ?? ''}]\n`).join('');
}
