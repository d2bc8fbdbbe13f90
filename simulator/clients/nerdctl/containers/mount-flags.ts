// --tmpfs and --mount as pkg/mountutil (mountutil_linux.go@v0.22.2) reads them: --tmpfs
// `dst[:opts]` becomes a tmpfs mount whose options start noexec,nosuid,nodev and are merged
// by moby/sys/mount v0.3.3 MergeTmpfsOptions; --mount `key=value,...` is rewritten into a -v
// or --tmpfs string and handed to the same parser, so its spec mounts are theirs.

import type { SpecMount } from '../../../containerd/client/index';
import { ramInBytes } from '../../../go/units-size';

/** mountutil.Processed: the spec mount and what the nerdctl/mounts label records of it. */
export interface Processed {
  type: 'bind' | 'volume' | 'tmpfs';
  mount: SpecMount;
  name?: string;
  anonymousVolume?: string;
  mode: string;
  /** RootfsPropagation a shared or slave bind needs (the spec opt parseVolumeOptions adds). */
  rootfsPropagation?: 'shared' | 'rslave';
}

/** moby/sys/mount's flag table: options that are mount(2) flags, keyed by the flag they touch. */
const FLAG_KEYS: Record<string, string> = {
  ro: 'rdonly', rw: 'rdonly', suid: 'nosuid', nosuid: 'nosuid', dev: 'nodev', nodev: 'nodev',
  exec: 'noexec', noexec: 'noexec', sync: 'sync', async: 'sync', dirsync: 'dirsync', remount: 'remount',
  mand: 'mand', nomand: 'mand', atime: 'noatime', noatime: 'noatime', diratime: 'nodiratime',
  nodiratime: 'nodiratime', relatime: 'relatime', norelatime: 'relatime', strictatime: 'strictatime',
  nostrictatime: 'strictatime',
};
/** Propagation and bind flags share one key: only one of them survives. */
const PROPAGATION = new Set(['bind', 'rbind', 'unbindable', 'runbindable', 'private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave']);
const DATA_KEYS = new Set(['', 'size', 'mode', 'uid', 'gid', 'nr_inodes', 'nr_blocks', 'mpol']);

/** Go's %q of a []string: `["a" "b"]`. */
const quoteSlice = (parts: readonly string[]) => `[${parts.map((p) => JSON.stringify(p)).join(' ')}]`;

/** MergeTmpfsOptions: from the end, the last option of each flag or data key wins, in order. */
export function mergeTmpfsOptions(options: readonly string[]): string[] {
  const seenFlags = new Set<string>();
  const seenData = new Set<string>();
  const out: string[] = [];
  for (let i = options.length - 1; i >= 0; i--) {
    const option = options[i] ?? '';
    if (option === 'defaults') continue;
    const flagKey = PROPAGATION.has(option) ? 'propagation' : Object.hasOwn(FLAG_KEYS, option) ? FLAG_KEYS[option] : undefined;
    if (flagKey !== undefined) {
      if (!seenFlags.has(flagKey)) {
        out.unshift(option);
        seenFlags.add(flagKey);
      }
      continue;
    }
    const eq = option.indexOf('=');
    const parts = eq < 0 ? [option] : [option.slice(0, eq), option.slice(eq + 1)];
    const key = parts[0] ?? '';
    if (parts.length !== 2 || !DATA_KEYS.has(key)) throw new Error(`invalid tmpfs option ${quoteSlice(parts)}`);
    if (!seenData.has(key)) {
      out.unshift(option);
      seenData.add(key);
    }
  }
  return out;
}

/** ProcessFlagTmpfs: `dst[:opts]`, the options after the first colon. */
export function processFlagTmpfs(flag: string): Processed {
  const colon = flag.indexOf(':');
  const dst = colon < 0 ? flag : flag.slice(0, colon);
  let options = ['noexec', 'nosuid', 'nodev'];
  if (colon >= 0) options = mergeTmpfsOptions([...options, ...flag.slice(colon + 1).split(',')]);
  return { type: 'tmpfs', mount: { destination: dst, type: 'tmpfs', source: 'tmpfs', options }, mode: options.join(',') };
}

/** strconv.ParseBool's accepted spellings. */
function parseBool(value: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

/** getTmpfsSize: the largest of g/m/k that divides the size evenly, else bytes. */
function tmpfsSizeOption(size: number): string {
  for (const [suffix, divisor] of [['g', 2 ** 30], ['m', 2 ** 20], ['k', 2 ** 10]] as const) {
    if (size % divisor === 0) return `size=${size / divisor}${suffix}`;
  }
  return `size=${size}`;
}

/**
 * ProcessFlagMount: the fields parsed (a missing type is a volume), then recomposed as
 * `dst:opts` for the tmpfs parser or `src:dst[:opts]` for the -v one (`processV`).
 */
export function processFlagMount(flag: string, processV: (spec: string) => Processed): Processed {
  let type: Processed['type'] = 'volume';
  let src = '';
  let dst = '';
  let propagation = '';
  let nonRecursive = false;
  let rw = '';
  let size = 0;
  let mode = 0o1777;
  for (const field of flag.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (eq < 0 && ['readonly', 'ro', 'rw', 'rro'].includes(key)) {
      rw = key;
      continue;
    }
    if (eq < 0 && key === 'bind-nonrecursive') {
      nonRecursive = true;
      continue;
    }
    if (eq < 0) throw new Error(`invalid field '${field}' must be a key=value pair`);
    const value = field.slice(eq + 1);
    const invalid = () => new Error(`invalid value for ${key}: ${value}`);
    if (key === 'type') {
      if (value !== 'tmpfs' && value !== 'bind' && value !== 'volume') throw new Error(`invalid mount type '${value}' must be a volume/bind/tmpfs`);
      type = value;
    } else if (key === 'source' || key === 'src') src = value;
    else if (key === 'target' || key === 'dst' || key === 'destination') dst = value;
    else if (['readonly', 'ro', 'rw', 'rro'].includes(key)) {
      const on = parseBool(value);
      if (on === undefined) throw invalid();
      if (on) rw = key;
    } else if (key === 'bind-propagation') propagation = value;
    else if (key === 'bind-nonrecursive') {
      const on = parseBool(value);
      if (on === undefined) throw invalid();
      nonRecursive = on;
    } else if (key === 'tmpfs-size') {
      try {
        size = ramInBytes(value);
      } catch {
        throw invalid();
      }
    } else if (key === 'tmpfs-mode') {
      // strconv.ParseUint(value, 8, 32)
      if (!/^[0-7]+$/.test(value) || Number.parseInt(value, 8) > 0xffffffff) throw invalid();
      mode = Number.parseInt(value, 8);
    } else throw new Error(`unexpected key '${key}' in '${field}'`);
  }
  const options = rw === '' ? [] : [rw === 'readonly' ? 'ro' : rw];
  if (type === 'tmpfs') {
    if (mode !== 0) options.push(`mode=${mode.toString(8)}`);
    if (size > 0) options.push(tmpfsSizeOption(size));
    return processFlagTmpfs([dst, ...(options.length > 0 ? [options.join(',')] : [])].join(':'));
  }
  if (propagation !== '') options.push(propagation);
  if (type === 'bind') options.push(nonRecursive ? 'bind' : 'rbind');
  return processV([src, dst, ...(options.length > 0 ? [options.join(',')] : [])].join(':'));
}
