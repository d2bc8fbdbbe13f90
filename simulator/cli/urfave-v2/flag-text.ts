// How urfave/cli v2.23.7 (vendored by crictl 1.26.0) prints one flag in help (flag.go's
// stringifyFlag): names with their placeholder, a TAB, the usage and `(default: …)` for every
// kind, `false` for bools included, slices shown twice as `--x value [ --x value ]`, then the
// environment hint. v1 differs: no default for bools, slices once.

import { goQuote } from '../../go/quote';
import { prefixedNames, unquoteUsage } from '../urfave-v1/flag-text';
import type { FlagSpec } from '../spec';

/**
 * The default as v2 prints it. Flags not yet applied to a flag set (a command help shown by
 * `crictl help ps` before `ps` parsed anything) have the zero defaults of v2's internal
 * `defaultValue` field for strings, numbers and durations; slices and floats read the value.
 */
function defaultText(flag: FlagSpec, applied: boolean): string {
  const v = flag.value;
  switch (flag.kind) {
    case 'bool':
      return applied && v === true ? 'true' : 'false';
    case 'string':
      return applied && typeof v === 'string' && v !== '' ? goQuote(v) : '';
    case 'stringSlice':
      return (Array.isArray(v) ? v : []).filter((s) => s !== '').map(goQuote).join(', ');
    case 'duration':
      return applied && typeof v === 'string' && v !== '' ? v : '0s';
    case 'float64':
      return String(typeof v === 'number' ? v : 0);
    default:
      return applied && typeof v === 'number' ? String(v) : '0';
  }
}

/** One help line: "names\tusage (default: …) [$ENV]". */
export function flagHelpLineV2(flag: FlagSpec, applied = true): string {
  const { placeholder: quoted, usage } = unquoteUsage(flag.usage);
  const placeholder = quoted || (flag.kind === 'bool' ? '' : 'value');
  const shown = flag.defaultText ?? defaultText(flag, applied);
  const text = (usage + (shown ? ` (default: ${shown})` : '')).trim();
  let names = prefixedNames(flag.names, placeholder);
  if (flag.kind === 'stringSlice') names = `${names} [ ${names} ]`;
  const envs = (flag.envVar ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  return `${names}\t${text}${envs.length ? ` [$${envs.join(', $')}]` : ''}`;
}
