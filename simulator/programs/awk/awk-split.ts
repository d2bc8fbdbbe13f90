// How busybox awk cuts text: fields by FS (editors/awk.c mk_splitter, awk_split: one space is
// runs of blanks, one other char is that char taken literally, "" is every char, longer is an
// ERE whose empty matches are skipped) and records by RS (awk_getline: one char, "" for
// paragraphs, longer an ERE).

import { compileRegex, execAt } from './awk-regex';
import { AwkError } from './awk-values';

export type Splitter = { kind: 'space' } | { kind: 'char'; c: string } | { kind: 'null' } | { kind: 're'; re: RegExp };

export function makeSplitter(sep: string, ignoreCase = false): Splitter {
  if (sep.length > 1) return { kind: 're', re: regexOrDie(sep, ignoreCase) };
  if (sep === '') return { kind: 'null' };
  return sep === ' ' ? { kind: 'space' } : { kind: 'char', c: sep };
}

/** xregcomp: a pattern glibc refuses ends awk (`dynamic`: as_regex's retry in basic syntax first). */
export function regexOrDie(src: string, ignoreCase = false, dynamic = false): RegExp {
  const re = compileRegex(src, ignoreCase, dynamic);
  if (typeof re === 'string') throw new AwkError(`bad regex '${src}': ${re}`, true);
  return re;
}

/** regexec1_nonempty: the first match that is not empty. */
function nonEmptyMatch(re: RegExp, s: string): { so: number; eo: number } | undefined {
  for (let from = 0; from < s.length; from++) {
    const m = execAt(re, s, from);
    if (!m) return undefined;
    if (m.eo > m.so) return m;
    from = m.so;
  }
  return undefined;
}

/** awk_split: the fields of `s`; `newlineToo` when RS is "" (a newline also separates). */
export function awkSplit(s: string, spl: Splitter, newlineToo = false): string[] {
  if (spl.kind === 're') {
    if (s === '') return [];
    const fields: string[] = [];
    let rest = s;
    do {
      const nl = newlineToo ? rest.indexOf('\n') : -1;
      const limit = nl < 0 ? rest.length : nl;
      const m = nonEmptyMatch(spl.re, rest);
      if (m && m.so <= limit) {
        fields.push(rest.slice(0, m.so));
        rest = rest.slice(m.eo);
        if (rest === '') fields.push('');
      } else {
        fields.push(rest.slice(0, limit));
        rest = rest.slice(limit + (limit < rest.length ? 1 : 0));
      }
    } while (rest !== '');
    return fields;
  }
  if (spl.kind === 'null') return [...s];
  if (spl.kind === 'char') {
    if (s === '') return [];
    return newlineToo ? s.split(new RegExp(`[${spl.c.replace(/[\\\]^-]/g, '\\$&')}\\n]`)) : s.split(spl.c);
  }
  return s.split(/[ \t\n\v\f\r]+/).filter((f) => f !== '');
}

/** A stream of records over a text that is all there (a file, a command's output, stdin). */
export class RecordReader {
  private pos = 0;

  constructor(private readonly text: string) {}

  get atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  /** The next record and its terminator (RT), or undefined at the end. */
  next(rs: Splitter): { record: string; rt: string } | undefined {
    const text = this.text;
    if (this.pos >= text.length) return undefined;
    const rest = text.slice(this.pos);
    if (rs.kind === 'char' || rs.kind === 'space') {
      const c = rs.kind === 'char' ? rs.c : ' ';
      const at = rest.indexOf(c);
      if (at < 0) {
        this.pos = text.length;
        return { record: rest, rt: '' };
      }
      this.pos += at + 1;
      return { record: rest.slice(0, at), rt: c };
    }
    if (rs.kind === 're') {
      const m = execAt(rs.re, rest, 0);
      if (!m || m.eo === m.so) {
        this.pos = text.length;
        return { record: rest, rt: '' };
      }
      this.pos += m.eo;
      return { record: rest.slice(0, m.so), rt: rest.slice(m.so, m.eo) };
    }
    // RS="": paragraphs; blank lines before one are skipped.
    const lead = /^\n*/.exec(rest)?.[0].length ?? 0;
    const at = rest.indexOf('\n\n', lead);
    if (at < 0) {
      this.pos = text.length;
      return lead >= rest.length ? undefined : { record: rest.slice(lead), rt: '' };
    }
    let end = at;
    while (rest[end] === '\n') end++;
    this.pos += end;
    return { record: rest.slice(lead, at), rt: rest.slice(at, end) };
  }
}
