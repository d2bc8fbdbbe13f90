// `nerdctl volume ls` (alias list), volume_ls.go@v0.22.2: VOLUME NAME / DIRECTORY through
// tabwriter (4, 8, 4); -q names only; --format a Go template per volume over volumePrintable
// (Driver "local", Labels as k=v joined by commas, Mountpoint, Name, Scope "local"). "raw" is
// refused; -q with a template too. -f is not --format here (reserved for --filter).

import { tabwrite } from '../../../cli/tabwriter';
import { goStruct } from '../../../go/template/index';
import { formatLabels } from '../../ctr/namespaces/label-args';
import { printFormatRows } from '../format/template';
import { dataStoreOf, globalOptions, type NerdctlCommand } from '../nerdctl-env';
import { listVolumes } from './volume-store';

export const volumeLsCommand: NerdctlCommand = {
  name: 'ls',
  aliases: ['list'],
  usage: 'List volumes',
  flags: [
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display volume names' },
    { names: ['format'], kind: 'string', usage: 'Format the output using the given go template' },
  ],
  action: (c) => {
    const quiet = c.bool('quiet');
    const format = c.string('format');
    const table = format === '' || format === 'table' || format === 'wide';
    if (format === 'raw') throw new Error('unsupported format: "raw"');
    if (!table && quiet) throw new Error('format and quiet must not be specified together');
    const volumes = listVolumes(c.env.node, dataStoreOf(c), globalOptions(c).namespace);
    if (!table) {
      const printable = volumes.map((v) => goStruct({
        Driver: 'local',
        Labels: v.Labels ? formatLabels(v.Labels) : '',
        Mountpoint: v.Mountpoint,
        Name: v.Name,
        Scope: 'local',
      }, 'main.volumePrintable'));
      printFormatRows((t) => c.io.stdout(t), format, printable);
      return;
    }
    let text = quiet ? '' : 'VOLUME NAME\tDIRECTORY\n';
    for (const v of volumes) text += quiet ? `${v.Name}\n` : `${v.Name}\t${v.Mountpoint}\n`;
    c.io.stdout(tabwrite(text, { minwidth: 4, tabwidth: 8, padding: 4, padchar: ' ' }));
  },
};
