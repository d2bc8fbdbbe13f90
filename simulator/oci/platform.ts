// Platforms (containerd's platforms package): parse "os/arch[/variant]", normalise the
// aliases, match, and format back. The node is linux/amd64, which is what "the default
// platform" means for size, check, unpack and pull.

import type { Platform } from './descriptor';
import { invalidArgument } from '../errdefs/errdefs';
import { goQuote } from '../go/quote';

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

// platforms' database: what a one-word specifier may name.
const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'windows', 'zos']);
const KNOWN_ARCH = new Set([
  '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'ppc64', 'ppc64le', 'loong64', 'mips', 'mipsle', 'mips64',
  'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm',
]);
const COMPONENT = /^[A-Za-z0-9_-]+$/;

function normalizeOs(os: string): string {
  const lower = os.toLowerCase();
  return lower === 'macos' ? 'darwin' : lower;
}

/**
 * platforms.Parse. Throws invalidArgument with containerd's wording: a wildcard, a component
 * outside [A-Za-z0-9_-], one word that is neither a known OS nor a known architecture, or more
 * than three parts. Two or three parts are taken as given (`linux/bogus` parses).
 */
export function parsePlatform(spec: string): Platform {
  if (spec.includes('*')) throw invalidArgument(`${goQuote(spec)}: wildcards not yet supported`);
  const parts = spec.split('/');
  for (const part of parts) {
    if (!COMPONENT.test(part)) {
      throw invalidArgument(`${goQuote(part)} is an invalid component of ${goQuote(spec)}: platform specifier component must match "${COMPONENT.source}"`);
    }
  }
  const [first = '', architecture = '', variant] = parts;
  if (parts.length === 1) {
    // One word: an OS on this node's architecture, else an architecture on linux.
    const os = normalizeOs(first);
    if (KNOWN_OS.has(os)) return normalizePlatform({ os, architecture: DEFAULT_PLATFORM.architecture });
    const p = normalizePlatform({ os: DEFAULT_PLATFORM.os, architecture: first });
    if (KNOWN_ARCH.has(p.architecture)) return p;
    throw invalidArgument(`${goQuote(spec)}: unknown operating system or architecture`);
  }
  if (parts.length === 2) return normalizePlatform({ os: normalizeOs(first), architecture });
  if (parts.length === 3) return normalizePlatform({ os: normalizeOs(first), architecture, variant });
  throw invalidArgument(`${goQuote(spec)}: cannot parse platform specifier`);
}

/**
 * Normal forms by platform object: an image's index is parsed once and walked by every pull,
 * unpack and size of it, each walk matching each of its manifests' platforms again.
 */
const normalForms = new WeakMap<Platform, Platform>();

function normalFormOf(p: Platform): Platform {
  let normal = normalForms.get(p);
  if (!normal) {
    normal = normalizePlatform(p);
    normalForms.set(p, normal);
  }
  return normal;
}

/** True when `candidate` is `wanted` after normalisation (platforms.Only without fallbacks). */
function platformMatches(wanted: Platform, candidate: Platform): boolean {
  const a = normalFormOf(wanted);
  const b = normalFormOf(candidate);
  return a.os === b.os && a.architecture === b.architecture && (a.variant ?? '') === (b.variant ?? '');
}

/** A matcher for a list of platforms; `undefined` matches everything (--all-platforms). */
export type PlatformMatcher = ((p: Platform) => boolean) | undefined;

export function onlyPlatforms(wanted: readonly Platform[]): PlatformMatcher {
  return (p) => {
    for (let i = 0; i < wanted.length; i++) if (platformMatches(wanted[i] as Platform, p)) return true;
    return false;
  };
}

export const defaultMatcher: PlatformMatcher = onlyPlatforms([DEFAULT_PLATFORM]);
