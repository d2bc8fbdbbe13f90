// Platforms (containerd's platforms package): parse "os/arch[/variant]", normalise the
// aliases, match, and format back. The node is linux/amd64, which is what "the default
// platform" means for size, check, unpack and pull.

import type { Platform } from '../metadata/schema';
import { invalidArgument } from '../errdefs';

export const DEFAULT_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' };

/** platforms.Format: os/arch[/variant]. */
export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter((x) => x).join('/');
}

/** platforms.Normalize: arch aliases (aarch64, x86_64…) and the implied variants. */
export function normalizePlatform(p: Platform): Platform {
  const os = p.os.toLowerCase();
  let arch = p.architecture.toLowerCase();
  let variant = p.variant ?? '';
  if (arch === 'i386') arch = '386';
  else if (arch === 'x86_64' || arch === 'x86-64' || arch === 'amd64') {
    arch = 'amd64';
    if (variant === 'v1') variant = '';
  } else if (arch === 'aarch64' || arch === 'arm64') {
    arch = 'arm64';
    if (variant === '8' || variant === 'v8') variant = '';
  } else if (arch === 'armhf') {
    arch = 'arm';
    variant = 'v7';
  } else if (arch === 'armel') {
    arch = 'arm';
    variant = 'v6';
  } else if (arch === 'arm') {
    if (variant === '' || variant === '7') variant = 'v7';
    else if (variant === '5' || variant === '6' || variant === '8') variant = `v${variant}`;
  }
  return variant ? { os, architecture: arch, variant } : { os, architecture: arch };
}

/** platforms.Parse. Throws invalidArgument like containerd for an unknown shape. */
export function parsePlatform(spec: string): Platform {
  const parts = spec.split('/');
  const bad = () => invalidArgument(`"${spec}": unknown operating system or architecture`);
  if (spec === '' || parts.some((p) => p === '') || parts.length > 3) throw bad();
  if (parts.length === 1) {
    const only = parts[0] ?? '';
    if (only === 'linux' || only === 'windows' || only === 'darwin') return normalizePlatform({ ...DEFAULT_PLATFORM, os: only });
    return normalizePlatform({ os: 'linux', architecture: only });
  }
  const [os = '', architecture = '', variant] = parts;
  return normalizePlatform(variant ? { os, architecture, variant } : { os, architecture });
}

/** True when `candidate` is `wanted` after normalisation (platforms.Only without fallbacks). */
export function platformMatches(wanted: Platform, candidate: Platform): boolean {
  const a = normalizePlatform(wanted);
  const b = normalizePlatform(candidate);
  return a.os === b.os && a.architecture === b.architecture && (a.variant ?? '') === (b.variant ?? '');
}

/** A matcher for a list of platforms; `undefined` matches everything (--all-platforms). */
export type PlatformMatcher = ((p: Platform) => boolean) | undefined;

export function onlyPlatforms(wanted: readonly Platform[]): PlatformMatcher {
  return (p) => wanted.some((w) => platformMatches(w, p));
}

export const defaultMatcher: PlatformMatcher = onlyPlatforms([DEFAULT_PLATFORM]);
