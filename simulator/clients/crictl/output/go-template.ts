// crictl's tmplExecuteRawJSON (cmd/crictl/templates.go:47-70@v1.26.0): Go's text/template run
// over JSON decoded into interface{} (UseNumber), with Option("missingkey=error") and the
// functions json, title, lower, upper. This is the part of text/template that such templates
// use: text, {{.a.b}}, {{.}}, $ and $variables, pipelines with `|`, if/else if/else, range
// (with `$i, $e :=` and else), with, and the builtins index, len, not, and, or, eq, ne,
// print, println, printf (%s %v %d %q only). Trim markers `{{-` / `-}}` work. Anything else
// fails to parse with text/template's wording where known.

import { GoJsonNumber, goJsonMarshal, type GoJsonValue } from './go-json';

const NAME = 'tmplExecuteRawJSON';

export class TemplateError extends Error {}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipe: Pipe; pos: number }
  | { kind: 'if'; pipe: Pipe; body: Node[]; elseBody?: Node[]; pos: number }
  | { kind: 'with'; pipe: Pipe; body: Node[]; elseBody?: Node[]; pos: number }
  | { kind: 'range'; pipe: Pipe; vars: string[]; body: Node[]; elseBody?: Node[]; pos: number };

interface Pipe {
  decl: string[];
  cmds: Cmd[];
  text: string;
}
type Arg = { kind: 'field'; base: 'dot' | string; path: string[]; text: string; pos: number } | { kind: 'lit'; value: GoJsonValue } | { kind: 'ident'; name: string } | { kind: 'pipe'; pipe: Pipe };
type Cmd = Arg[];

/** The action texts between delimiters, with trim markers applied to the text around them. */
type Item = { text: string } | { action: string; pos: number };

/** crictl's four (templates.go:27-34) and text/template's builtins implemented here. */
const FUNCTIONS = new Set(['json', 'title', 'lower', 'upper', 'len', 'index', 'not', 'and', 'or', 'eq', 'ne', 'print', 'println', 'printf']);

function lex(src: string): Item[] {
  const out: Item[] = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open < 0) {
      out.push({ text: src.slice(i) });
      break;
    }
    let text = src.slice(i, open);
    let start = open + 2;
    if (/^- /.test(src.slice(start)) || src.slice(start, start + 2) === '-\t' || src.slice(start, start + 2) === '-\n') {
      text = text.replace(/\s+$/, '');
      start += 1;
    }
    out.push({ text });
    const close = src.indexOf('}}', start);
    if (close < 0) throw new TemplateError(`template: ${NAME}:${lineOf(src, open)}: unclosed action`);
    let body = src.slice(start, close);
    i = close + 2;
    if (/[ \t\n]-$/.test(body)) {
      body = body.slice(0, -1);
      const m = /^\s*/.exec(src.slice(i));
      i += m ? m[0].length : 0;
    }
    out.push({ action: body, pos: start + (body.length - body.trimStart().length) });
  }
  return out;
}

function lineOf(src: string, pos: number): number {
  return src.slice(0, pos).split('\n').length;
}

function tokenize(text: string): string[] {
  const re = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|'(?:[^'\\]|\\.)'|\(|\)|\||:=|=|,|[^\s()|,=]+)/gy;
  const out: string[] = [];
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while ((m = re.exec(text)) !== null) {
    out.push(m[1] ?? '');
    if (re.lastIndex >= text.trimEnd().length) break;
  }
  return out;
}

function parsePipe(text: string, pos: number): Pipe {
  let tokens = tokenize(text);
  const decl: string[] = [];
  const declAt = tokens.findIndex((t) => t === ':=' || t === '=');
  if (declAt > 0 && tokens.slice(0, declAt).every((t) => t.startsWith('$') || t === ',')) {
    decl.push(...tokens.slice(0, declAt).filter((t) => t !== ','));
    tokens = tokens.slice(declAt + 1);
  }
  let k = 0;
  const parseCmds = (stop?: string): Cmd[] => {
    const cmds: Cmd[] = [[]];
    while (k < tokens.length) {
      const t = tokens[k++] ?? '';
      if (t === stop) return cmds;
      if (t === '|') {
        cmds.push([]);
        continue;
      }
      const cmd = cmds[cmds.length - 1] ?? [];
      if (t === '(') {
        const inner = parseCmds(')');
        cmd.push({ kind: 'pipe', pipe: { decl: [], cmds: inner, text: '' } });
        continue;
      }
      cmd.push(parseArg(t, pos));
    }
    return cmds;
  };
  const cmds = parseCmds();
  if (cmds.some((c) => c.length === 0)) throw new TemplateError(`template: ${NAME}:1: missing value for command`);
  return { decl, cmds, text: text.trim() };
}

function parseArg(t: string, pos: number): Arg {
  if (t.startsWith('"')) return { kind: 'lit', value: JSON.parse(t) as string };
  if (t.startsWith('`')) return { kind: 'lit', value: t.slice(1, -1) };
  if (/^-?\d/.test(t)) return { kind: 'lit', value: new GoJsonNumber(t) };
  if (t === 'true' || t === 'false') return { kind: 'lit', value: t === 'true' };
  if (t === 'nil') return { kind: 'lit', value: null };
  if (t === '.') return { kind: 'field', base: 'dot', path: [], text: t, pos };
  if (t.startsWith('.')) return { kind: 'field', base: 'dot', path: t.slice(1).split('.'), text: t, pos };
  if (t.startsWith('$')) {
    const [base = '$', ...path] = t.split('.');
    return { kind: 'field', base, path, text: t, pos };
  }
  if (!FUNCTIONS.has(t)) throw new TemplateError(`template: ${NAME}:1: function ${JSON.stringify(t)} not defined`);
  return { kind: 'ident', name: t };
}

function parse(src: string): Node[] {
  const items = lex(src);
  let i = 0;
  const block = (): { nodes: Node[]; end: 'end' | 'else' | 'eof'; elseText?: string; elsePos?: number } => {
    const nodes: Node[] = [];
    while (i < items.length) {
      const item = items[i++]!;
      if ('text' in item) {
        if (item.text) nodes.push({ kind: 'text', text: item.text });
        continue;
      }
      const a = item.action.trim();
      if (a.startsWith('/*')) continue;
      const word = /^(\w+)\b\s*(.*)$/s.exec(a);
      const kw = word?.[1];
      const rest = word?.[2] ?? '';
      if (kw === 'end') return { nodes, end: 'end' };
      if (kw === 'else') return { nodes, end: 'else', elseText: rest, elsePos: item.pos };
      if (kw === 'if' || kw === 'with' || kw === 'range') {
        nodes.push(control(kw, rest, item.pos));
        continue;
      }
      nodes.push({ kind: 'action', pipe: parsePipe(a, item.pos), pos: item.pos });
    }
    return { nodes, end: 'eof' };
  };
  const control = (kw: 'if' | 'with' | 'range', text: string, pos: number): Node => {
    if (text.trim() === '') throw new TemplateError(`template: ${NAME}:${lineOf(src, pos)}: missing value for ${kw}`);
    const pipe = parsePipe(text, pos);
    const body = block();
    if (body.end === 'eof') throw new TemplateError(`template: ${NAME}:${lineOf(src, pos)}: unexpected EOF`);
    let elseBody: Node[] | undefined;
    if (body.end === 'else') {
      const elseText = (body.elseText ?? '').trim();
      const chained = /^(if|with)\b\s*(.*)$/s.exec(elseText);
      if (chained) elseBody = [control(chained[1] as 'if' | 'with', chained[2] ?? '', body.elsePos ?? pos)];
      else {
        const e = block();
        if (e.end !== 'end') throw new TemplateError(`template: ${NAME}:${lineOf(src, pos)}: unexpected EOF`);
        elseBody = e.nodes;
      }
    }
    if (kw === 'range') return { kind: 'range', pipe: { ...pipe, decl: [] }, vars: pipe.decl, body: body.nodes, elseBody, pos };
    return { kind: kw, pipe, body: body.nodes, elseBody, pos };
  };
  const top = block();
  if (top.end !== 'eof') throw new TemplateError(`template: ${NAME}:1: unexpected {{${top.end}}}`);
  return top.nodes;
}

type Value = GoJsonValue | undefined;

/** fmt's %v of a decoded JSON value (maps print sorted, as Go's fmt sorts map keys). */
function goPrint(v: Value): string {
  if (v === undefined) return '<no value>';
  if (v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof GoJsonNumber) return v.text;
  if (Array.isArray(v)) return `[${v.map(goPrint).join(' ')}]`;
  const keys = Object.keys(v).sort();
  return `map[${keys.map((k) => `${k}:${goPrint(v[k])}`).join(' ')}]`;
}

function goType(v: Value): string {
  if (v === null || v === undefined) return 'interface {}';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (v instanceof GoJsonNumber) return 'json.Number';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

function truthy(v: Value): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v !== '';
  if (v instanceof GoJsonNumber) return v.text !== '';
  if (Array.isArray(v)) return v.length > 0;
  return Object.keys(v).length > 0;
}

class Exec {
  out = '';
  constructor(
    private readonly src: string,
    private readonly root: GoJsonValue,
  ) {}

  private fail(pos: number, at: string, message: string): never {
    const before = this.src.slice(0, pos);
    const line = before.split('\n').length;
    const col = pos - (before.lastIndexOf('\n') + 1);
    throw new TemplateError(`template: ${NAME}:${line}:${col}: executing "${NAME}" at <${at}>: ${message}`);
  }

  run(nodes: Node[], dot: Value, vars: Map<string, Value>): void {
    for (const node of nodes) {
      if (node.kind === 'text') this.out += node.text;
      else if (node.kind === 'action') {
        const v = this.pipe(node.pipe, dot, vars);
        if (node.pipe.decl.length === 0) this.out += goPrint(v);
      } else if (node.kind === 'if' || node.kind === 'with') {
        const v = this.pipe(node.pipe, dot, vars);
        if (truthy(v)) this.run(node.body, node.kind === 'with' ? v : dot, new Map(vars));
        else if (node.elseBody) this.run(node.elseBody, dot, new Map(vars));
      } else if (node.kind === 'range') {
        this.range(node, dot, vars);
      }
    }
  }

  private range(node: Extract<Node, { kind: 'range' }>, dot: Value, vars: Map<string, Value>): void {
    const v = this.pipe(node.pipe, dot, vars);
    const entries: [Value, Value][] = Array.isArray(v)
      ? v.map((x, i) => [new GoJsonNumber(String(i)), x])
      : v && typeof v === 'object' && !(v instanceof GoJsonNumber)
        ? Object.keys(v).sort().map((k) => [k, v[k]])
        : [];
    if (v !== undefined && v !== null && !Array.isArray(v) && (typeof v !== 'object' || v instanceof GoJsonNumber)) {
      this.fail(node.pos, node.pipe.text, `range can't iterate over ${goPrint(v)}`);
    }
    if (entries.length === 0) {
      if (node.elseBody) this.run(node.elseBody, dot, new Map(vars));
      return;
    }
    for (const [k, x] of entries) {
      const scope = new Map(vars);
      if (node.vars.length === 1) scope.set(node.vars[0] ?? '', x);
      if (node.vars.length === 2) {
        scope.set(node.vars[0] ?? '', k);
        scope.set(node.vars[1] ?? '', x);
      }
      this.run(node.body, x, scope);
    }
  }

  private pipe(pipe: Pipe, dot: Value, vars: Map<string, Value>): Value {
    let v: Value;
    let first = true;
    for (const cmd of pipe.cmds) {
      v = this.cmd(cmd, dot, vars, first ? undefined : { value: v });
      first = false;
    }
    for (const name of pipe.decl) vars.set(name, v);
    return v;
  }

  private arg(a: Arg, dot: Value, vars: Map<string, Value>): Value {
    if (a.kind === 'lit') return a.value;
    if (a.kind === 'pipe') return this.pipe(a.pipe, dot, vars);
    if (a.kind === 'ident') return this.call(a.name, [], dot);
    let v: Value = a.base === 'dot' ? dot : a.base === '$' ? this.root : vars.get(a.base);
    if (a.base !== 'dot' && a.base !== '$' && !vars.has(a.base)) throw new TemplateError(`template: ${NAME}:1: undefined variable "${a.base}"`);
    for (const key of a.path) {
      if (v === null || v === undefined) this.fail(a.pos, a.text, `nil pointer evaluating interface {}.${key}`);
      if (typeof v !== 'object' || Array.isArray(v) || v instanceof GoJsonNumber) {
        this.fail(a.pos, a.text, `can't evaluate field ${key} in type ${goType(v)}`);
      }
      if (!(key in v)) this.fail(a.pos, a.text, `map has no entry for key "${key}"`);
      v = v[key];
    }
    return v;
  }

  private cmd(cmd: Cmd, dot: Value, vars: Map<string, Value>, piped?: { value: Value }): Value {
    const [head, ...rest] = cmd;
    if (head?.kind === 'ident') {
      const args = rest.map((a) => this.arg(a, dot, vars));
      if (piped) args.push(piped.value);
      return this.call(head.name, args, dot);
    }
    if (piped || rest.length > 0) throw new TemplateError(`template: ${NAME}:1: can't give argument to non-function ${cmd.map(() => '').join('')}`);
    return head ? this.arg(head, dot, vars) : undefined;
  }

  private call(name: string, args: Value[], _dot: Value): Value {
    const str = (v: Value) => goPrint(v);
    switch (name) {
      case 'json':
        return `${goJsonMarshal(args[0] ?? null)}\n`;
      case 'upper':
        return str(args[0]).toUpperCase();
      case 'lower':
        return str(args[0]).toLowerCase();
      case 'title':
        return str(args[0]).replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
      case 'len': {
        const v = args[0];
        if (typeof v === 'string') return new GoJsonNumber(String(new TextEncoder().encode(v).length));
        if (Array.isArray(v)) return new GoJsonNumber(String(v.length));
        if (v && typeof v === 'object' && !(v instanceof GoJsonNumber)) return new GoJsonNumber(String(Object.keys(v).length));
        throw new TemplateError(`template: ${NAME}:1: error calling len: len of type ${goType(v)}`);
      }
      case 'index': {
        let v = args[0];
        for (const k of args.slice(1)) {
          if (Array.isArray(v)) v = v[Number(goPrint(k))];
          else if (v && typeof v === 'object' && !(v instanceof GoJsonNumber)) v = v[goPrint(k)];
          else v = undefined;
        }
        return v;
      }
      case 'not':
        return !truthy(args[0]);
      case 'and':
        return args.find((a) => !truthy(a)) ?? args[args.length - 1];
      case 'or':
        return args.find((a) => truthy(a)) ?? args[args.length - 1];
      case 'eq':
        return args.slice(1).some((a) => goPrint(a) === goPrint(args[0]));
      case 'ne':
        return goPrint(args[0]) !== goPrint(args[1]);
      case 'print':
        return args.map(str).join('');
      case 'println':
        return `${args.map(str).join(' ')}\n`;
      case 'printf': {
        const [format = '', ...rest] = args;
        let n = 0;
        return str(format).replace(/%([svdq%])/g, (_m, verb: string) => {
          if (verb === '%') return '%';
          const v = rest[n++];
          return verb === 'q' ? JSON.stringify(str(v)) : str(v);
        });
      }
      default:
        throw new TemplateError(`template: ${NAME}:1: function "${name}" not defined`);
    }
  }
}

/** Runs `template` over the JSON text `rawJson`; errors carry crictl's wrapping (templates.go:55-68). */
export function executeTemplate(template: string, data: GoJsonValue): string {
  let nodes: Node[];
  try {
    nodes = parse(template);
  } catch (err) {
    if (err instanceof TemplateError) throw new TemplateError(`failed to generate go-template: ${err.message}`);
    throw err;
  }
  const exec = new Exec(template, data);
  try {
    exec.run(nodes, data, new Map([['$', data]]));
  } catch (err) {
    if (err instanceof TemplateError) throw new TemplateError(`failed to template data: ${err.message}`);
    throw err;
  }
  return exec.out;
}
