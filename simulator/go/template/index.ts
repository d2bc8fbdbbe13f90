// Go's text/template (go1.19, Debian bookworm's Go, which its docker.io 20.10.24 is built with) for the simulated
// tools' --format flags, checked byte for byte against Go itself (go-oracle.test.ts: 1,867
// recorded cases of output and error text).
//
// API
//   parseTemplate(text, { name?, funcs?, missingKey? }) → GoTemplate | throws GoTemplateError
//       = template.New(name).Funcs(funcs).Option("missingkey=…").Parse(text); messages are Go's:
//       `template: :1: function "foo" not defined`, `template: :1: bad character U+007D '}'`.
//   tmpl.execute(data) / execute(tmpl, data) → string | throws GoTemplateError
//       `template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type *pkg.T`.
//   tmpl.executePartial(data)   what Go had written when an error stopped it
//   tmpl.executeTemplate(name, data), tmpl.withFuncs(funcs), tmpl.withMissingKey(mode)
//   Data: plain JS values. integer → int, other number → float64, string, boolean, array →
//       []interface {}, plain object → struct (field order = key order), null → nil,
//       undefined → no value; function properties (own or on the prototype) are methods.
//       Markers: goStruct(obj, '*formatter.ContainerContext'), goMap(obj, 'map[string]string')
//       (sorted keys, missing key → <no value>), goSlice(arr, '[]string') (needed by `join`),
//       goFloat(n) (an integral float64), goNil('*types.Health', fields?) (typed nil),
//       goFunc(fn, 'func(string) string') (a func-typed field, for `call`), GoNamedString.
//   Funcs: plain JS functions (interface{} params) or { params: ['string', 'int'], variadic?,
//       fn } for Go's argument checks; a throw becomes `error calling NAME: MESSAGE`.
//   sprint / sprintf / sprintln / formatFloat: Go's fmt and strconv.FormatFloat.
//   Docker (docker-format.ts, docker/cli@v20.10.24): dockerTemplateFuncs (json split join title
//       lower upper pad truncate), dockerHeaderFuncs, parseDockerTemplate(format),
//       dockerPreFormat(format) → { isTable, text }, formatDockerRows({ format, rows, header,
//       tabwriter? }) → the whole output (`table` header row + tabwriter 10,1,3) | throws
//       GoTemplateError('template parsing error: …').
//   Inspect (inspect-fallback.ts): executeInspectTemplate(tmpl, typed, { keepPartial? }) — the
//       typed run, then docker's/nerdctl's raw JSON fallback (UseNumber, missingkey=error);
//       decodeJsonUseNumber(text).
//   JSON lives in ../json.ts: goJsonMarshal, goJsonMarshalIndent, goJsonEncode({escapeHTML}).

import { BUILTINS, type FuncMap, type GoFuncDef, toFuncDef } from './builtins';
import { GoTemplateError } from './errors';
import { type ExecEnv, type MissingKey, type Tree, executeTree } from './exec';
import { type TreeSet, parseTrees } from './parse';

export { GoTemplateError, GoFuncError } from './errors';
export type { FuncMap, GoFuncDef, ParamType } from './builtins';
export type { MissingKey } from './exec';
export { sprint, sprintf, sprintln, formatFloat } from './fmt';
export { GoComplex, GoFloat, GoFuncValue, GoNamedString, GoNil, goFloat, goFunc, goMap, goNil, goSlice, goStruct } from './values';

export interface ParseOptions {
  /** The template's name ("" for docker's and nerdctl's templates.Parse). */
  name?: string;
  funcs?: FuncMap;
  /** Option("missingkey=…"): default/invalid print <no value>, zero the zero value, error fails. */
  missingKey?: MissingKey;
}

export class GoTemplate {
  constructor(
    readonly name: string,
    private readonly trees: Map<string, Tree>,
    private readonly funcs: Map<string, GoFuncDef>,
    readonly missingKey: MissingKey,
  ) {}

  /** Runs the template on `data` (Go's Execute); throws GoTemplateError. */
  execute(data: unknown): string {
    const env: ExecEnv = { trees: this.trees, funcs: this.funcs, missingKey: this.missingKey };
    return executeTree(env, this.name, data);
  }

  /** Execute's output up to the point an error stopped it (what Go has written by then). */
  executePartial(data: unknown): string {
    const env: ExecEnv = { trees: this.trees, funcs: this.funcs, missingKey: this.missingKey };
    return executeTree(env, this.name, data, true);
  }

  /** Runs the template named `name` (Go's ExecuteTemplate). */
  executeTemplate(name: string, data: unknown): string {
    if (!this.trees.has(name)) throw new GoTemplateError(`template: no template ${JSON.stringify(name)} associated with template ${JSON.stringify(this.name)}`);
    return executeTree({ trees: this.trees, funcs: this.funcs, missingKey: this.missingKey }, name, data);
  }

  /** The same templates with `funcs` added or replaced, as Go's Funcs on a parsed template. */
  withFuncs(funcs: FuncMap): GoTemplate {
    const merged = new Map(this.funcs);
    for (const [k, f] of Object.entries(funcs)) merged.set(k, toFuncDef(f));
    return new GoTemplate(this.name, this.trees, merged, this.missingKey);
  }

  /** The same templates with Option("missingkey=…") set. */
  withMissingKey(missingKey: MissingKey): GoTemplate {
    return new GoTemplate(this.name, this.trees, this.funcs, missingKey);
  }

  /** Names of the templates defined (the main one and each define/block). */
  templateNames(): string[] {
    return [...this.trees.keys()];
  }
}

/** Parses `text` as Go's text/template does; throws GoTemplateError with Go's message. */
export function parseTemplate(text: string, options: ParseOptions = {}): GoTemplate {
  const name = options.name ?? '';
  const funcs = new Map<string, GoFuncDef>();
  for (const [k, f] of Object.entries(options.funcs ?? {})) funcs.set(k, toFuncDef(f));
  const hasFunction = (n: string) => funcs.has(n) || Object.hasOwn(BUILTINS, n);
  const set: TreeSet = new Map();
  try {
    parseTrees(text, name, hasFunction, set);
  } catch (e) {
    if (e instanceof GoTemplateError) throw e;
    if (e instanceof RangeError) throw new GoTemplateError(`template: ${name}: template too deeply nested`);
    throw e;
  }
  const trees = new Map<string, Tree>();
  for (const [n, root] of set) trees.set(n, { root, text, parseName: name });
  return new GoTemplate(name, trees, funcs, options.missingKey ?? 'default');
}

/** Executes a parsed template on `data`. */
export function execute(tmpl: GoTemplate, data: unknown): string {
  return tmpl.execute(data);
}

export { dockerHeaderFuncs, dockerPreFormat, dockerTemplateFuncs, formatDockerRows, parseDockerTemplate } from './docker-format';
export { decodeJsonUseNumber, executeInspectTemplate } from './inspect-fallback';
