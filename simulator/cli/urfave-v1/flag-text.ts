// How urfave/cli v1 prints one flag in help: names with their placeholder, a TAB, the usage,
// the default and the environment hint. The tab is resolved later by the help tabwriter.

import { goQuote } from '../../go/quote';
import type { FlagSpec } from '../spec';

/** urfave's unquoteUsage: the first `backquoted` word of the usage names the placeholder. */
export function unquoteUsage(usage: string): { placeholder: string; usage: string } {
  const start = usage.indexOf('`');
  if (start < 0) return { placeholder: '', usage };
  const end = usage.indexOf('`', start + 1);
  if (end < 0) return { placeholder: '', usage };
  return {
    placeholder: usage.slice(start + 1, end),
    usage: usage.slice(0, start) + usage.slice(start + 1, end) + usage.slice(end + 1),
  };
}

function prefixFor(name: string): string {
  return name.length === 1 ? '-' : '--';
}

/** `--address value, -a value`: every name gets the placeholder, as urfave v1 prints it. */
export function prefixedNames(names: readonly string[], placeholder: string): string {
  return names
    .map((name) => prefixFor(name) + name + (placeholder ? ` ${placeholder}` : ''))
    .join(', ');
}

function defaultText(flag: FlagSpec): string {
  const v = flag.value;
  switch (flag.kind) {
    case 'bool':
      return '';
    case 'string':
      return typeof v === 'string' && v !== '' ? ` (default: ${goQuote(v)})` : '';
    case 'stringSlice': {
      const list = Array.isArray(v) ? v : [];
      return list.length > 0 ? ` (default: ${list.map(goQuote).join(', ')})` : '';
    }
    case 'duration':
      return ` (default: ${v === undefined || v === '' ? '0s' : String(v)})`;
    default:
      return ` (default: ${v === undefined ? 0 : String(v)})`;
  }
}

/** One help line of a flag, "names\tusage (default: …) [$ENV]". */
export function flagHelpLine(flag: FlagSpec): string {
  const { placeholder: quoted, usage } = unquoteUsage(flag.usage);
  const placeholder = quoted || (flag.kind === 'bool' ? '' : 'value');
  const text = (usage + defaultText(flag)).trim();
  const env = flag.envVar
    ? ` [$${flag.envVar
        .split(',')
        .map((e) => e.trim())
        .join(', $')}]`
    : '';
  return `${prefixedNames(flag.names, placeholder)}\t${text}${env}`;
}
