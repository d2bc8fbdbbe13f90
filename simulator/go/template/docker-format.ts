// docker/cli's template functions and its formatter's `table` handling, as docker 20.10.24
// prints --format output: templates/templates.go (basicFunctions, HeaderFunctions, Parse) and
// cli/command/formatter/formatter.go (Context.preFormat/Write/postFormat), read at
// docker/cli@v20.10.24.

import { tabwrite } from '../tabwriter';
import { GoJsonError, goJsonEncode } from '../json';
import type { FuncMap } from './builtins';
import { GoTemplateError } from './errors';
import { type GoTemplate, parseTemplate } from './go-template';
import { GoNil, goMap, goSlice } from './values';

const utf8 = new TextEncoder();

/** strings.Title: the first letter of each word upper-cased (word = run of non-separators). */
function goTitle(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    out += isSeparator(prev) ? ch.toUpperCase() : ch;
    prev = ch;
  }
  return out;
}

function isSeparator(r: string): boolean {
  const cp = r.codePointAt(0) ?? 0;
  if (cp <= 0x7f) {
    if (/[0-9a-zA-Z_]/.test(r)) return false;
    return true;
  }
  if (/\p{L}|\p{Nd}/u.test(r)) return false;
  return /\s/u.test(r);
}

/** strings.ToUpper: rune by rune (unicode.ToUpper), so ß stays ß where JS would give SS. */
function goToUpper(s: string): string {
  let out = '';
  for (const ch of s) {
    const u = ch.toUpperCase();
    out += Array.from(u).length === 1 ? u : ch;
  }
  return out;
}

/** strings.ToLower: rune by rune (unicode.ToLower; İ → i). */
function goToLower(s: string): string {
  let out = '';
  for (const ch of s) {
    const l = ch === '\u0130' ? 'i' : ch.toLowerCase();
    out += Array.from(l).length === 1 ? l : ch;
  }
  return out;
}

/** strings.Split. */
function goSplit(s: string, sep: string): string[] {
  if (sep === '') return Array.from(s);
  return s.split(sep);
}

/** basicFunctions (templates.go:12-27). */
export const dockerTemplateFuncs: FuncMap = {
  json: {
    params: ['any'],
    // Encode's error is dropped (templates.go:17): an unencodable value prints nothing.
    fn: (v) => {
      try {
        return goJsonEncode(v, { escapeHTML: false }).trim();
      } catch (e) {
        if (e instanceof GoJsonError) return '';
        throw e;
      }
    },
  },
  split: { params: ['string', 'string'], fn: (s, sep) => goSlice(goSplit(s as string, sep as string), '[]string') },
  join: {
    params: ['[]string', 'string'],
    fn: (a, sep) => (a instanceof GoNil ? [] : (a as string[])).join(sep as string),
  },
  title: { params: ['string'], fn: (s) => goTitle(s as string) },
  lower: { params: ['string'], fn: (s) => goToLower(s as string) },
  upper: { params: ['string'], fn: (s) => goToUpper(s as string) },
  pad: {
    params: ['string', 'int', 'int'],
    fn: (s, pre, post) => (s === '' ? '' : ' '.repeat(Math.max(Number(pre), 0)) + (s as string) + ' '.repeat(Math.max(Number(post), 0))),
  },
  truncate: {
    params: ['string', 'int'],
    fn: (s, n) => {
      const bytes = utf8.encode(s as string);
      const len = Number(n);
      if (bytes.length < len) return s;
      if (len < 0) throw new Error(`runtime error: slice bounds out of range [:${len}]`);
      return new TextDecoder().decode(bytes.slice(0, len));
    },
  },
};

/** HeaderFunctions (templates.go:33-62): the header row keeps the column names intact. */
export const dockerHeaderFuncs: FuncMap = {
  json: { params: ['string'], fn: (v) => v },
  split: { params: ['string', 'string'], fn: (v) => v },
  join: { params: ['string', 'string'], fn: (v) => v },
  title: { params: ['string'], fn: (v) => v },
  lower: { params: ['string'], fn: (v) => v },
  upper: { params: ['string'], fn: (v) => v },
  truncate: { params: ['string', 'int'], fn: (v) => v },
};

/** templates.Parse(format): an anonymous template with the basic functions. */
export function parseDockerTemplate(format: string): GoTemplate {
  return parseTemplate(format, { name: '', funcs: dockerTemplateFuncs });
}

/** Context.preFormat: `table` prefix removed, spaces trimmed, `\t` and `\n` escapes expanded. */
export function dockerPreFormat(format: string): { isTable: boolean; text: string } {
  const isTable = format.startsWith('table');
  let text = isTable ? format.slice('table'.length) : format;
  text = text.replace(/^ +| +$/g, '');
  text = text.replace(/\\t|\\n/g, (m) => (m === '\\t' ? '\t' : '\n'));
  return { isTable, text };
}

export interface DockerRowsInput {
  /** The --format value (or the command's default), e.g. `table {{.ID}}\t{{.Names}}`. */
  format: string;
  /** One subcontext per row (goStruct(…) objects with methods, as docker's *Context types). */
  rows: readonly unknown[];
  /** FullHeader(): column name per field (map[string]string), used for `table` formats. */
  header?: Record<string, string>;
  /** tabwriter.NewWriter(out, 10, 1, 3, ' ', 0) unless said otherwise. */
  tabwriter?: { minwidth: number; tabwidth: number; padding: number };
}

/**
 * Context.Write: parse (error `template parsing error: …`), execute once per row with a
 * newline after each, and for `table` formats the header row (executed with HeaderFunctions on
 * the header map; its errors are ignored and its partial output kept, as docker does) then the
 * rows through a tabwriter. Returns the whole output; throws GoTemplateError.
 */
export function formatDockerRows(input: DockerRowsInput): string {
  const { isTable, text } = dockerPreFormat(input.format);
  let tmpl: GoTemplate;
  try {
    tmpl = parseDockerTemplate(text);
  } catch (e) {
    if (e instanceof GoTemplateError) throw new GoTemplateError(`template parsing error: ${e.message}`);
    throw e;
  }
  let body = '';
  for (const row of input.rows) {
    try {
      body += `${tmpl.execute(row)}\n`;
    } catch (e) {
      if (e instanceof GoTemplateError) throw new GoTemplateError(`template parsing error: ${e.message}`);
      throw e;
    }
  }
  if (!isTable) return body;
  const header = headerRow(tmpl, input.header ?? {});
  const tw = input.tabwriter ?? { minwidth: 10, tabwidth: 1, padding: 3 };
  return tabwrite(`${header}\n${body}`, { ...tw, padchar: ' ' });
}

/** SubHeaderContext.Label (formatter/custom.go:30): `{{.Label "com.example.vendor"}}` → "vendor". */
const SUB_HEADER_METHODS = {
  Label(name: string): string {
    const parts = name.split('.');
    return (parts[parts.length - 1] ?? '').replace(/[-_]/g, ' ');
  },
};

function headerRow(tmpl: GoTemplate, header: Record<string, string>): string {
  const map = Object.assign(Object.create(SUB_HEADER_METHODS) as Record<string, string>, header);
  return tmpl.withFuncs(dockerHeaderFuncs).executePartial(goMap(map, 'formatter.SubHeaderContext'));
}
