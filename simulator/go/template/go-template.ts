// GoTemplate and parseTemplate: Go's template.New(name).Funcs(funcs).Parse(text) and the parsed
// template's Execute family. index.ts re-exports them with the rest of the package.

import { BUILTINS, type FuncMap, type GoFuncDef, toFuncDef } from './builtins';
import { GoTemplateError } from './errors';
import { type ExecEnv, type MissingKey, type Tree, executeTree } from './exec';
import { type TreeSet, parseTrees } from './parse';

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
