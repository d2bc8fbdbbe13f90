// --cap-add / --cap-drop as dockerd 20.10.24 takes them (oci/caps NormalizeLegacyCapabilities
// at create, TweakCapabilities for the spec): a name in any case, with or without CAP_, or ALL;
// one the kernel does not know is refused (`invalid CapAdd: unknown capability: "CAP_BOGUS"`).

import { KERNEL_CAPABILITIES } from '../../host/kernel-capabilities';
import { invalidParameter } from '../errors';

/** caps.GetAllCapabilities on the node's kernel, in bit order. */
const KNOWN = KERNEL_CAPABILITIES;

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

/**
 * execSetPlatformOpt for `docker exec --privileged` (daemon/exec_linux.go@v20.10.24): the exec's
 * process spec, a copy of the container's, gets every capability the kernel knows in its
 * bounding, permitted, inheritable and effective sets; its ambient set stays the container's.
 */
export function privilegedExecCapabilities(ambient: readonly string[] | undefined): { bounding: string[]; permitted: string[]; inheritable: string[]; effective: string[]; ambient?: string[] } {
  const all = [...KNOWN];
  return { bounding: all, permitted: all, inheritable: all, effective: all, ...(ambient ? { ambient: [...ambient] } : {}) };
}
