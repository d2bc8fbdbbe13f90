// encoding/csv's Reader.Read of one record, as RUN --mount and the clients' --secret read
// their values: commas split fields, a field that starts with `"` is quoted (`""` is a quote
// inside it), and a stray quote is the reader's error.

/** The fields of the first record of `text`. Throws csv's ParseError text. */
export function splitCsvRecord(text: string): string[] {
  if (text === '') throw new Error('EOF');
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      const start = i;
      i++;
      for (;;) {
        if (i >= text.length) throw new Error(`parse error on line 1, column ${start + 1}: extraneous or missing " in quoted-field`);
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          if (i < text.length && text[i] !== ',') throw new Error(`parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field`);
          break;
        }
        field += text[i];
        i++;
      }
    } else {
      while (i < text.length && text[i] !== ',') {
        if (text[i] === '"') throw new Error(`parse error on line 1, column ${i + 1}: bare " in non-quoted-field`);
        field += text[i];
        i++;
      }
    }
    fields.push(field);
    if (i >= text.length) return fields;
    i++; // the comma
  }
}
