// `nerdctl history` / `nerdctl image history` (cmd/nerdctl/history.go@v0.22.2): the config's
// history newest first — SNAPSHOT (the chain ID's snapshot, `<missing>` for an empty layer),
// CREATED (… ago), CREATED BY (cut to 44 characters plus "…" unless --no-trunc), SIZE (the
// snapshot's own usage, progress.Bytes), COMMENT — through tabwriter (4, 8, 4, ' ').

import { progressBytes } from '../../../cli/units';
import { tabwrite } from '../../../cli/tabwriter';
import type { ImageRecord } from '../../../containerd/client/index';
import { DEFAULT_PLATFORM } from '../../../oci/platform';
import { GoTemplateError, goStruct } from '../../../go/template/index';
import { fprintfLine, parseNerdctlTemplate } from '../format/template';
import { clientOf, globalOptions, type NerdctlCommand, type NerdctlContext } from '../nerdctl-env';
import { chainIdOf, readConfig } from './image-info';
import { walkImages } from './image-walker';
import { timeSinceInHuman } from './images';

interface HistoryPrintable {
  Snapshot: string;
  CreatedSince: string;
  CreatedBy: string;
  Size: string;
  Comment: string;
}

function printHistory(c: NerdctlContext, rows: HistoryPrintable[]): void {
  const quiet = c.bool('quiet');
  const noTrunc = c.bool('no-trunc');
  const format = c.string('format');
  const table = format === '' || format === 'table';
  if (format === 'raw') throw new Error('unsupported format: "raw"');
  if (!table && quiet) throw new Error('format and quiet must not be specified together');
  const shown = [...rows].reverse().map((p) => {
    // Go slices bytes: [0:44] of the UTF-8 text, then the ellipsis.
    if (noTrunc || p.CreatedBy.length <= 45) return p;
    return { ...p, CreatedBy: `${p.CreatedBy.slice(0, 44)}…` };
  });
  if (!table) {
    const tmpl = parseNerdctlTemplate(format);
    for (const p of shown) {
      try {
        c.io.stdout(fprintfLine(tmpl.execute(goStruct({ ...p }, 'main.historyPrintable'))));
      } catch (err) {
        // Each row's error is a warning (history.go:201-205).
        if (!(err instanceof GoTemplateError)) throw err;
        c.env.log.warn(err.message);
      }
    }
    return;
  }
  if (quiet) {
    c.io.stdout(shown.map((p) => `${p.Snapshot}\n`).join(''));
    return;
  }
  let text = 'SNAPSHOT\tCREATED\tCREATED BY\tSIZE\tCOMMENT\n';
  for (const p of shown) text += `${p.Snapshot}\t${p.CreatedSince}\t${p.CreatedBy}\t${p.Size}\t${p.Comment}\n`;
  c.io.stdout(tabwrite(text, { minwidth: 4, tabwidth: 8, padding: 4, padchar: ' ' }));
}

export const historyCommand: NerdctlCommand = {
  name: 'history',
  argsUsage: '[OPTIONS] IMAGE',
  usage: 'Show the history of an image',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['format', 'f'], kind: 'string', usage: "Format the output using the given Go template, e.g, '{{json .}}'" },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only show numeric IDs' },
    { names: ['no-trunc'], kind: 'bool', usage: "Don't truncate output" },
  ],
  action: (c) => {
    const client = clientOf(c);
    const sn = client.snapshots.service(globalOptions(c).snapshotter);
    const errs: string[] = [];
    for (const req of c.args) {
      const found = walkImages(client, req);
      if (found.length === 0) {
        errs.push(`no such object: ${req}`);
        continue;
      }
      try {
        for (const image of found) historyOf(image, found.length, req);
      } catch (err) {
        errs.push((err as Error).message);
      }
    }
    if (errs.length > 0) throw new Error(`${errs.length} errors: [${errs.join(' ')}]`);
    function historyOf(image: ImageRecord, matches: number, req: string): void {
      {
        if (matches > 1) throw new Error(`multiple IDs found with provided prefix: ${req}`);
        let config;
        try {
          config = readConfig(client, image.target, DEFAULT_PLATFORM).config;
        } catch (err) {
          throw new Error(`failed to ReadImageConfig: ${(err as Error).message}`);
        }
        const diffIds = config.rootfs?.diff_ids ?? [];
        let layer = 0;
        const rows: HistoryPrintable[] = [];
        for (const h of config.history ?? []) {
          let size = progressBytes(0);
          let snapshot = '<missing>';
          if (!h.empty_layer) {
            if (diffIds.length <= layer) throw new Error('too many non-empty layers in History section');
            const chainId = chainIdOf(diffIds.slice(0, layer + 1));
            try {
              snapshot = sn.stat(chainId).name;
            } catch (err) {
              throw new Error(`failed to get stat: ${(err as Error).message}`);
            }
            size = progressBytes(sn.usage(chainId).size);
            layer++;
          }
          rows.push({ Snapshot: snapshot, CreatedSince: timeSinceInHuman(c.env.node.nowMs(), h.created ?? '0001-01-01T00:00:00Z'), CreatedBy: h.created_by ?? '', Size: size, Comment: h.comment ?? '' });
        }
        try {
          printHistory(c, rows);
        } catch (err) {
          throw new Error(`failed printHistory: ${(err as Error).message}`);
        }
      }
    }
  },
};
