// `buildctl du` and `buildctl prune` (cmd/buildctl/diskusage.go, prune.go@v0.10.4): the cache
// records as a tabwriter table (`%-71s\t%-11v\t%s\t` rows: the LAST ACCESSED column stays
// empty), --verbose as key/value blocks, then the summary lines.

import { tabwrite } from '../../cli/tabwriter';
import { diskUsage, formatBytes, prune, type UsageRecord } from '../../buildkit/index';
import { rfc3339Like } from './time-format';
import { type BuildctlCommand, requireDaemon } from './buildctl-env';

const TAB = { minwidth: 1, tabwidth: 8, padding: 1, padchar: '\t' } as const;

function row(r: UsageRecord): string {
  const id = `${r.id}${r.mutable ? '*' : ''}`.padEnd(71);
  return `${id}\t${String(!r.inUse).padEnd(11)}\t${formatBytes(r.size)}${r.shared ? '*' : ''}\t\n`;
}

function verbose(records: readonly UsageRecord[]): string {
  let text = '';
  for (const r of records) {
    text += `ID:\t${r.id}\n`;
    if (r.parents.length > 0) text += `Parents:\t${r.parents.join(';')}\n`;
    text += `Created at:\t${rfc3339Like(r.createdMs)}\nMutable:\t${r.mutable}\nReclaimable:\t${!r.inUse}\nShared:\t${r.shared}\nSize:\t${formatBytes(r.size)}\n`;
    if (r.description) text += `Description:\t${r.description}\n`;
    text += `Usage count:\t${r.usageCount}\n`;
    if (r.lastUsedMs !== undefined) text += `Last used:\t${rfc3339Like(r.lastUsedMs)}\n`;
    if (r.recordType) text += `Type:\t${r.recordType}\n`;
    text += '\n';
  }
  return text;
}

export const duCommand: BuildctlCommand = {
  name: 'du',
  usage: 'disk usage',
  flags: [
    { names: ['filter', 'f'], kind: 'stringSlice', usage: 'Filter records' },
    { names: ['verbose', 'v'], kind: 'bool', usage: 'Verbose output' },
  ],
  action: (c) => {
    requireDaemon(c, 'failed to call diskusage');
    const records = diskUsage(c.env.node);
    let text = c.bool('verbose') ? verbose(records) : `ID\tRECLAIMABLE\tSIZE\tLAST ACCESSED\n${records.map(row).join('')}`;
    c.io.stdout(tabwrite(text, TAB));
    if (c.stringSlice('filter').length > 0) return;
    const total = records.reduce((n, r) => n + r.size, 0);
    const reclaimable = records.filter((r) => !r.inUse).reduce((n, r) => n + r.size, 0);
    text = `Reclaimable:\t${formatBytes(reclaimable)}\nTotal:\t${formatBytes(total)}\n`;
    c.io.stdout(tabwrite(text, TAB));
  },
};

export const pruneCommand: BuildctlCommand = {
  name: 'prune',
  usage: 'clean up build cache',
  flags: [
    { names: ['keep-duration'], kind: 'duration', usage: 'Keep data newer than this limit', value: '0s' },
    { names: ['keep-storage'], kind: 'float64', usage: 'Keep data below this limit (in MB)', value: 0 },
    { names: ['filter', 'f'], kind: 'stringSlice', usage: 'Filter records' },
    { names: ['all'], kind: 'bool', usage: 'Include internal/frontend references' },
    { names: ['verbose', 'v'], kind: 'bool', usage: 'Verbose output' },
  ],
  action: (c) => {
    requireDaemon(c, 'failed to call prune');
    const removed = prune(c.env.node);
    if (removed.length > 0) {
      c.io.stdout(tabwrite(c.bool('verbose') ? verbose(removed) : `ID\tRECLAIMABLE\tSIZE\tLAST ACCESSED\n${removed.map(row).join('')}`, TAB));
    }
    c.io.stdout(tabwrite(`Total:\t${formatBytes(removed.reduce((n, r) => n + r.size, 0))}\n`, TAB));
  },
};
