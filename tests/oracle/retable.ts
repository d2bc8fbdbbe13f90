// Go's text/tabwriter, read back: a table ctr printed is cut into its cells by the header's
// column offsets, a cell whose value cannot be equal on two machines (a PID, a lease id) is
// rewritten, and the table is laid out again the way tabwriter would. The cut is accepted only
// when laying the original cells out again gives back the very text that was printed, so a
// simulator that pads a column wrongly still differs from the real node after normalising.
// (text/tabwriter: a column's width is max(minwidth, widest cell + padding), counted in runes;
// a line's last cell, not ended by a tab, is not padded.)

export interface TabwriterSettings {
  minwidth: number;
  padding: number;
  /** The header's cells, in order (`CREATED AT` holds a space, so they cannot be split on spaces). */
  header: readonly string[];
}

const runes = (s: string) => [...s];

function layout(rows: readonly string[][], t: TabwriterSettings): string[] {
  const columns = t.header.length;
  const widths: number[] = [];
  for (let c = 0; c < columns - 1; c++) {
    widths[c] = Math.max(t.minwidth, ...rows.map((r) => runes(r[c] ?? '').length + t.padding));
  }
  return rows.map((r) =>
    r.map((cell, c) => (c < columns - 1 ? cell + ' '.repeat((widths[c] ?? 0) - runes(cell).length) : cell)).join(''),
  );
}

function cut(line: string, starts: readonly number[]): string[] {
  const chars = runes(line);
  return starts.map((s, c) => {
    const cell = chars.slice(s, starts[c + 1] ?? chars.length).join('');
    return c < starts.length - 1 ? cell.trimEnd() : cell;
  });
}

/**
 * Rewrites the cells of the table that `text` holds (header first, then rows up to the end or
 * an empty line), and lays it out again. `rewrite` may change any cell; `sortRows` orders the
 * rows after that (where ctr prints them in Go's map order). Text that is no such table is
 * returned unchanged.
 */
export function retable(
  text: string,
  t: TabwriterSettings,
  rewrite: (cell: string, column: number) => string,
  sortRows = false,
): string {
  const lines = text.split('\n');
  const head = lines[0] ?? '';
  const starts: number[] = [];
  let from = 0;
  for (const name of t.header) {
    const at = head.indexOf(name, from);
    if (at < 0) return text;
    starts.push(runes(head.slice(0, at)).length);
    from = at + name.length;
  }
  if (starts[0] !== 0) return text;
  let end = lines.findIndex((l, i) => i > 0 && l === '');
  if (end < 0) end = lines.length;
  const block = lines.slice(0, end);
  const cells = block.map((l) => cut(l, starts));
  if (layout(cells, t).join('\n') !== block.join('\n')) return text;
  const [header = [], ...rows] = cells;
  const rewritten = rows.map((r) => r.map((cell, c) => rewrite(cell, c)));
  if (sortRows) rewritten.sort((a, b) => (a.join('\t') < b.join('\t') ? -1 : a.join('\t') > b.join('\t') ? 1 : 0));
  return [...layout([header, ...rewritten], t), ...lines.slice(end)].join('\n');
}
