// `ctr plugins ls [-q] [-d] [<filter>...]`: the introspection service's plugin list. The table
// uses tabwriter (4, 8, 4, ' '); -d prints each plugin as a block of `Label:\t value` lines
// through tabwriter (1, 8, 4, ' ') with a "\t\t\t" separator line between plugins, which is
// what gives the real output its odd trailing spaces.

import { tabwrite } from '../../../cli/tabwriter';
import type { PluginInfo } from '../../../containerd/client/index';
import type { CtrCommand } from '../ctr-env';

function table(plugins: readonly PluginInfo[]): string {
  let text = 'TYPE\tID\tPLATFORMS\tSTATUS\t\n';
  for (const p of plugins) {
    const platforms = p.platforms && p.platforms.length > 0 ? p.platforms.join(',') : '-';
    text += `${p.type}\t${p.id}\t${platforms}\t${p.status}\t\n`;
  }
  return tabwrite(text, { minwidth: 4, tabwidth: 8, padding: 4, padchar: ' ' });
}

/** One plugin as ctr's Fprintln calls write it (operands joined by a space). */
function detailLines(p: PluginInfo): string[] {
  const lines = [`Type:\t ${p.type}`, `ID:\t ${p.id}`];
  if (p.requires && p.requires.length > 0) lines.push('Requires:\t', ...p.requires.map((r) => `\t ${r}`));
  if (p.platforms && p.platforms.length > 0) lines.push(`Platforms:\t ${p.platforms.join(',')}`);
  if (p.exports && p.exports.length > 0) lines.push('Exports:\t', ...p.exports.map(([k, v]) => `\t ${k} \t ${v}`));
  if (p.initError) lines.push('Error:\t', `\t Code:\t ${p.initError.code}`, `\t Message:\t ${p.initError.message}`);
  return lines;
}

function detailed(plugins: readonly PluginInfo[]): string {
  const blocks = plugins.map((p) => detailLines(p).join('\n'));
  if (blocks.length === 0) return '';
  return tabwrite(`${blocks.join('\n\t\t\t\n')}\n`, { minwidth: 1, tabwidth: 8, padding: 4, padchar: ' ' });
}

export const listCommand: CtrCommand = {
  name: 'list',
  aliases: ['ls'],
  usage: 'lists containerd plugins',
  flags: [
    { names: ['quiet', 'q'], kind: 'bool', usage: 'print only the plugin ids' },
    { names: ['detailed', 'd'], kind: 'bool', usage: 'print detailed information about each plugin' },
  ],
  action: (c) => {
    const plugins = c.env.client.introspection.plugins(c.args);
    if (c.bool('quiet')) c.io.stdout(plugins.map((p) => `${p.id}\n`).join(''));
    else if (c.bool('detailed')) c.io.stdout(detailed(plugins));
    else c.io.stdout(table(plugins));
  },
};
