// `nerdctl network ls` (alias list), network_ls.go@v0.22.2: NETWORK ID (the first 12 of
// nerdctlID; empty for a network nerdctl did not write) / NAME / FILE through tabwriter
// (4, 8, 4), then the pseudo networks host and none without id or file. -q prints only the
// ids there are. --format runs a template per networkPrintable (ID, Name, Labels).

import { tabwrite } from '../../../cli/tabwriter';
import { goStruct } from '../../../go/template/index';
import { formatLabels } from '../../ctr/namespaces/label-args';
import { printFormatRows } from '../format/template';
import type { NerdctlCommand } from '../nerdctl-env';
import { cniEnvOf } from './cni-env';

interface Printable {
  ID: string;
  Name: string;
  Labels: string;
  file: string;
}

export const networkLsCommand: NerdctlCommand = {
  name: 'ls',
  aliases: ['list'],
  usage: 'List networks',
  args: { max: 0 },
  flags: [
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display network IDs' },
    { names: ['format'], kind: 'string', usage: "Format the output using the given Go template, e.g, '{{json .}}'" },
  ],
  action: (c) => {
    const quiet = c.bool('quiet');
    const format = c.string('format');
    const table = format === '' || format === 'table' || format === 'wide';
    if (format === 'raw') throw new Error('unsupported format: "raw"');
    if (!table && quiet) throw new Error('format and quiet must not be specified together');
    const env = cniEnvOf(c);
    const rows: Printable[] = env.networks.map((n) => ({
      ID: (n.nerdctlId ?? '').slice(0, 12),
      Name: n.name,
      Labels: n.nerdctlLabels ? formatLabels(n.nerdctlLabels) : '',
      file: n.file,
    }));
    rows.push({ ID: '', Name: 'host', Labels: '', file: '' }, { ID: '', Name: 'none', Labels: '', file: '' });
    if (!table) {
      printFormatRows((t) => c.io.stdout(t), format, rows.map(({ ID, Name, Labels }) => goStruct({ ID, Name, Labels }, 'main.networkPrintable')));
      return;
    }
    if (quiet) {
      c.io.stdout(rows.filter((r) => r.ID !== '').map((r) => `${r.ID}\n`).join(''));
      return;
    }
    const text = `NETWORK ID\tNAME\tFILE\n${rows.map((r) => `${r.ID}\t${r.Name}\t${r.file}\n`).join('')}`;
    c.io.stdout(tabwrite(text, { minwidth: 4, tabwidth: 8, padding: 4, padchar: ' ' }));
  },
};
