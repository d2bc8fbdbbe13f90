// `--mount`'s value as docker/cli v20.10.24 opts/mount.go MountOpt.Set reads it: CSV fields,
// key=value (readonly/ro and volume-nocopy may stand alone), type volume by default; a field it
// does not know, a bad bool, size or mode, a missing target or options of another type are
// refused while the flag is parsed (pflag then prints `invalid argument "<raw>" for "--mount"
// flag: <why>`). The answer is mount.Mount as its JSON writes it (omitempty fields left out).

import { ramInBytes } from '../../../go/units-size';

export type MountJson = Record<string, unknown>;

/** strconv.ParseBool. */
function parseBool(value: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

/** One CSV record (encoding/csv: commas split, double quotes group). */
function csvFields(value: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? '';
    if (quoted) {
      if (ch === '"' && value[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur === '') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function setOnMap(target: Record<string, string>, value: string): void {
  const eq = value.indexOf('=');
  if (eq < 0) target[value] = '';
  else target[value.slice(0, eq)] = value.slice(eq + 1);
}

/** MountOpt.Set: the mount, or the reason it is refused. */
export function parseMountOpt(raw: string): { mount: MountJson } | { error: string } {
  let type = 'volume';
  let source = '';
  let target = '';
  let readOnly = false;
  let bind: { Propagation?: string; NonRecursive?: boolean } | undefined;
  let volume: { NoCopy?: boolean; Labels: Record<string, string>; DriverConfig: { Name?: string; Options?: Record<string, string> } } | undefined;
  let tmpfs: { SizeBytes?: number; Mode?: number } | undefined;
  const volumeOptions = () => (volume ??= { Labels: {}, DriverConfig: {} });
  for (const field of csvFields(raw)) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (eq < 0 && (key === 'readonly' || key === 'ro')) {
      readOnly = true;
      continue;
    }
    if (eq < 0 && key === 'volume-nocopy') {
      volumeOptions().NoCopy = true;
      continue;
    }
    if (eq < 0) return { error: `invalid field '${field}' must be a key=value pair` };
    const value = field.slice(eq + 1);
    const bad = { error: `invalid value for ${key}: ${value}` };
    switch (key) {
      case 'type':
        type = value.toLowerCase();
        break;
      case 'source':
      case 'src':
        source = value;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        target = value;
        break;
      case 'readonly':
      case 'ro': {
        const b = parseBool(value);
        if (b === undefined) return bad;
        readOnly = b;
        break;
      }
      case 'consistency':
        break;
      case 'bind-propagation':
        (bind ??= {}).Propagation = value.toLowerCase();
        break;
      case 'bind-nonrecursive': {
        const b = parseBool(value);
        if (b === undefined) return bad;
        (bind ??= {}).NonRecursive = b;
        break;
      }
      case 'volume-nocopy': {
        const b = parseBool(value);
        if (b === undefined) return { error: `invalid value for volume-nocopy: ${value}` };
        volumeOptions().NoCopy = b;
        break;
      }
      case 'volume-label':
        setOnMap(volumeOptions().Labels, value);
        break;
      case 'volume-driver':
        volumeOptions().DriverConfig.Name = value;
        break;
      case 'volume-opt':
        setOnMap((volumeOptions().DriverConfig.Options ??= {}), value);
        break;
      case 'tmpfs-size':
        try {
          (tmpfs ??= {}).SizeBytes = ramInBytes(value);
        } catch {
          return bad;
        }
        break;
      case 'tmpfs-mode':
        if (!/^[0-7]+$/.test(value) || parseInt(value, 8) > 0xffffffff) return bad;
        (tmpfs ??= {}).Mode = parseInt(value, 8);
        break;
      default:
        return { error: `unexpected key '${key}' in '${field}'` };
    }
  }
  if (type === '') return { error: 'type is required' };
  if (target === '') return { error: 'target is required' };
  if (volume && type !== 'volume') return { error: `cannot mix 'volume-*' options with mount type '${type}'` };
  if (bind && type !== 'bind') return { error: `cannot mix 'bind-*' options with mount type '${type}'` };
  if (tmpfs && type !== 'tmpfs') return { error: `cannot mix 'tmpfs-*' options with mount type '${type}'` };
  const mount: MountJson = { Type: type };
  if (source !== '') mount.Source = source;
  mount.Target = target;
  if (readOnly) mount.ReadOnly = true;
  if (bind) mount.BindOptions = bind;
  if (volume) mount.VolumeOptions = { ...(volume.NoCopy ? { NoCopy: true } : {}), ...(Object.keys(volume.Labels).length > 0 ? { Labels: volume.Labels } : {}), DriverConfig: volume.DriverConfig };
  if (tmpfs) mount.TmpfsOptions = tmpfs;
  return { mount };
}
