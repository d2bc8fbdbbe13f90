// --cap-add / --cap-drop as dockerd 20.10.24 takes them (oci/caps NormalizeLegacyCapabilities
// at create, TweakCapabilities for the spec): a name in any case, with or without CAP_, or ALL;
// one the kernel does not know is refused (`invalid CapAdd: unknown capability: "CAP_BOGUS"`).

import { invalidParameter } from '../errors';

/** caps.GetAllCapabilities on the node's kernel (6.1: bits 0–40), in bit order. */
const KNOWN: readonly string[] = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL',
  'CAP_SETGID', 'CAP_SETUID', 'CAP_SETPCAP', 'CAP_LINUX_IMMUTABLE', 'CAP_NET_BIND_SERVICE',
  'CAP_NET_BROADCAST', 'CAP_NET_ADMIN', 'CAP_NET_RAW', 'CAP_IPC_LOCK', 'CAP_IPC_OWNER', 'CAP_SYS_MODULE',
  'CAP_SYS_RAWIO', 'CAP_SYS_CHROOT', 'CAP_SYS_PTRACE', 'CAP_SYS_PACCT', 'CAP_SYS_ADMIN', 'CAP_SYS_BOOT',
  'CAP_SYS_NICE', 'CAP_SYS_RESOURCE', 'CAP_SYS_TIME', 'CAP_SYS_TTY_CONFIG', 'CAP_MKNOD', 'CAP_LEASE',
  'CAP_AUDIT_WRITE', 'CAP_AUDIT_CONTROL', 'CAP_SETFCAP', 'CAP_MAC_OVERRIDE', 'CAP_MAC_ADMIN', 'CAP_SYSLOG',
  'CAP_WAKE_ALARM', 'CAP_BLOCK_SUSPEND', 'CAP_AUDIT_READ', 'CAP_PERFMON', 'CAP_BPF', 'CAP_CHECKPOINT_RESTORE',
];

/** NormalizeLegacyCapabilities: upper case, CAP_ prefixed; ALL kept. */
function normalize(list: readonly string[], field: string): string[] {
  return list.map((raw) => {
    const upper = raw.toUpperCase();
    if (upper === 'ALL') return upper;
    const name = upper.startsWith('CAP_') ? upper : `CAP_${upper}`;
    if (!KNOWN.includes(name)) throw invalidParameter(`invalid ${field}: unknown capability: ${JSON.stringify(name)}`);
    return name;
  });
}

/** The create's check of HostConfig.CapAdd and CapDrop. */
export function verifyCapabilities(host: { CapAdd?: string[] | null; CapDrop?: string[] | null }): void {
  normalize(host.CapAdd ?? [], 'CapAdd');
  normalize(host.CapDrop ?? [], 'CapDrop');
}

/** TweakCapabilities: ALL added is every one but the drops; ALL dropped is the adds; else the defaults less the drops, then the adds. */
export function effectiveCapabilities(defaults: readonly string[], host: { CapAdd?: string[] | null; CapDrop?: string[] | null }): string[] {
  if ((host.CapAdd ?? []).length === 0 && (host.CapDrop ?? []).length === 0) return [...defaults];
  const add = normalize(host.CapAdd ?? [], 'CapAdd');
  const drop = normalize(host.CapDrop ?? [], 'CapDrop');
  if (add.includes('ALL')) return KNOWN.filter((c) => !drop.includes(c));
  if (drop.includes('ALL')) return add;
  return [...defaults.filter((c) => !drop.includes(c)), ...add];
}
