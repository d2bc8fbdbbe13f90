// What nerdctl 0.22.2 (cmd/nerdctl/run_gpus.go) and the docker 20.10 CLI (opts/gpus.go) share in
// reading a --gpus value: each is one encoding/csv record, and a bare count is strconv.Atoi's or
// `all`.

/**
 * encoding/csv's Reader.Read of one line: fields split at commas, a quoted field's `""` a
 * quote; a quote inside a bare field or a stray one after a quoted field is a ParseError at its
 * 1-based byte column, an unclosed quote one at the end of the line. An empty value is io.EOF.
 */
export function readCsvRecord(value: string): string[] {
  if (value === '') throw new Error('EOF');
  const quoteError = (column: number) => new Error(`parse error on line 1, column ${column}: extraneous or missing " in quoted-field`);
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (value[i] === '"') {
      i++;
      for (;;) {
        const q = value.indexOf('"', i);
        if (q < 0) throw quoteError(value.length + 1);
        field += value.slice(i, q);
        i = q + 1;
        if (value[i] === '"') {
          field += '"';
          i++;
        } else if (i === value.length || value[i] === ',') break;
        else throw quoteError(i);
      }
    } else {
      const end = value.indexOf(',', i);
      field = end < 0 ? value.slice(i) : value.slice(i, end);
      const quote = field.indexOf('"');
      if (quote >= 0) throw new Error(`parse error on line 1, column ${i + quote + 1}: bare " in non-quoted-field`);
      i = end < 0 ? value.length : end;
    }
    fields.push(field);
    if (i >= value.length) return fields;
    i++; // the comma
  }
}

/** parseCount: "all" is -1, else strconv.Atoi. */
export function parseGpuCount(s: string): number {
  if (s === 'all') return -1;
  if (!/^[+-]?\d+$/.test(s)) throw new Error(`count must be an integer: strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
  return Number(s);
}
