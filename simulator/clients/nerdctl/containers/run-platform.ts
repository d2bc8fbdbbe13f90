// `nerdctl run|create --platform` (newClientWithPlatform, cmd/nerdctl/client.go:68-87@v0.22.2,
// and platformutil's CanExecProbably, pkg/platformutil/binfmt.go): a platform the node's CPU
// cannot run gets a warning first — node1 has no binfmt_misc emulator, so only the node's own
// platform and i386 pass — then the value is parsed (its error is fatal). The image is ensured
// and unpacked for that platform, and the container is labelled with its normalized name
// (withInternalLabels: platformutil.NormalizeString). Its binaries then fail to exec when the
// task starts (containerd/snapshots/machine.ts).

import { runsNatively } from '../../../host/native-architectures';
import type { Platform } from '../../../oci/descriptor';
import { DEFAULT_PLATFORM, formatPlatform, normalizePlatform, parsePlatform } from '../../../oci/platform';
import type { NerdctlContext } from '../nerdctl-env';

/** qemuArchFromOCIArch: the binfmt_misc handler name of each architecture nerdctl knows. */
const QEMU_ARCH: Readonly<Record<string, string>> = {
  amd64: 'x86_64',
  arm64: 'aarch64',
  '386': 'i386',
  arm: 'arm',
  s390x: 's390x',
  ppc64le: 'ppc64le',
  riscv64: 'riscv64',
  mips64: 'mips64',
  mips64le: 'mips64el',
};

/** What platforms.Default() matches on an amd64 node: amd64 without a variant, and 386. */
function runsOnNode(p: Platform): boolean {
  const n = normalizePlatform(p);
  return n.os === 'linux' && n.variant === undefined && runsNatively(n.architecture);
}

/** canExecProbably: undefined when it can, else the error it met (or null for none). */
function cannotExec(spec: string): Error | null | undefined {
  let p: Platform;
  try {
    p = parsePlatform(spec);
  } catch (err) {
    return err as Error;
  }
  if (runsOnNode(p)) return undefined;
  // The arch must be one qemu knows before binfmt_misc is looked at; node1's has no handler.
  if (QEMU_ARCH[p.architecture] === undefined) return new Error(`unknown OCI architecture string: ${JSON.stringify(p.architecture)}`);
  return null;
}

export interface RunPlatform {
  /** The platform to ensure, unpack and create for. */
  platform: Platform;
  /** The nerdctl/platform label (linux/amd64 when none was given). */
  label: string;
  /** The --platform value for NewContainer ("" for the node's own). */
  given: string;
}

/** Warns and parses as newClientWithPlatform does; throws platforms.Parse's error. */
export function runPlatform(c: NerdctlContext): RunPlatform {
  const given = c.string('platform');
  if (given === '') return { platform: DEFAULT_PLATFORM, label: formatPlatform(DEFAULT_PLATFORM), given };
  const problem = cannotExec(given);
  if (problem !== undefined) {
    const warning = `Platform ${JSON.stringify(given)} seems incompatible with the host platform ${JSON.stringify(formatPlatform(DEFAULT_PLATFORM))}. If you see "exec format error", see https://github.com/containerd/nerdctl/blob/master/docs/multi-platform.md`;
    c.env.log.warn(warning, problem ? { error: problem.message } : undefined);
  }
  const platform = parsePlatform(given);
  return { platform, label: formatPlatform(normalizePlatform(platform)), given };
}
