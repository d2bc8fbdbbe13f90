// text/template's executor (go1.19 src/text/template/exec.go) over the value model of
// values.ts: walk, pipelines with the previous command's value as the final argument,
// field chains (struct field, map key, method), variables with Go's scoping, range with
// break/continue and sorted map keys, and Go's execution errors, each
// `template: NAME:LINE:COL: executing "NAME" at <NODE>: MESSAGE`.

import { BUILTINS, type GoFuncDef, type ParamType, StaticIface, toFuncDef } from './builtins';
import { GoFuncError, GoTemplateError } from './errors';
import { formatArg } from './fmt';
import type { ArgNode, BranchNode, CommandNode, FieldNode, IdentifierNode, ChainNode, ListNode, Node, NumberNode, PipeNode, TemplateNode, VariableNode } from './nodes';
import { nodeString } from './nodes';
import { quoteGo } from './quote';
import { GoComplex, GoFloat, GoFuncValue, GoNil, assignableTo, elemType, isTrue, kindOf, sortedMapKeys, takesStringKeys, typeName, zeroOfMapValueElem } from './values';

export type MissingKey = 'default' | 'invalid' | 'zero' | 'error';

/** A parsed tree with the text it came from (for error positions). */
export interface Tree {
  root: ListNode;
  text: string;
  parseName: string;
}

export interface ExecEnv {
  trees: Map<string, Tree>;
  funcs: Map<string, GoFuncDef>;
  missingKey: MissingKey;
}

/** Go's missingVal: "no final argument" (distinct from no value). */
const MISSING = Symbol('missingVal');
type Final = unknown;

class Break {}
class Continue {}
const BREAK = new Break();
const CONTINUE = new Continue();

const MAX_DEPTH = 100000;

interface Variable {
  name: string;
  value: unknown;
}

class State {
  node: Node | undefined;
  /**
   * The static type of dot when it is `interface {}` (a range element of []interface {} or
   * map[string]interface {}): Go names that type, not the dynamic one, in "can't evaluate field".
   */
  dotStatic: string | undefined;
  /** The static type (`interface {}` or unknown) of the value the last field chain produced. */
  lastStatic: string | undefined;
  vars: Variable[];
  out: string[] = [];
  constructor(
    readonly env: ExecEnv,
    public tmplName: string,
    public tree: Tree,
    dot: unknown,
    public depth = 0,
  ) {
    this.vars = [{ name: '$', value: dot }];
  }

  at(n: Node): void {
    this.node = n;
  }

  errorf(msg: string): never {
    const name = this.tmplName;
    if (!this.node) throw new GoTemplateError(`template: ${name}: ${msg}`);
    const pos = this.node.pos;
    const text = this.tree.text.slice(0, pos);
    const nl = text.lastIndexOf('\n');
    const col = nl < 0 ? byteLen(text) : byteLen(text.slice(nl + 1));
    const line = 1 + (text.match(/\n/g)?.length ?? 0);
    // go1.19's ErrorContext prints the whole node (no truncation).
    const context = nodeString(this.node);
    throw new GoTemplateError(`template: ${this.tree.parseName}:${line}:${col}: executing ${quoteGo(name)} at <${context}>: ${msg}`);
  }

  // ---- variables ----
  mark(): number {
    return this.vars.length;
  }
  pop(mark: number): void {
    this.vars.length = mark;
  }
  push(name: string, value: unknown): void {
    this.vars.push({ name, value });
  }
  setVar(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i] as Variable;
      if (v.name === name) {
        v.value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }
  setTopVar(n: number, value: unknown): void {
    (this.vars[this.vars.length - n] as Variable).value = value;
  }
  varValue(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i] as Variable;
      if (v.name === name) return v.value;
    }
    return this.errorf(`undefined variable: ${name}`);
  }

  // ---- walk ----
  walk(dot: unknown, node: Node): void {
    this.at(node);
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
      case 'if':
      case 'with':
        this.walkIfOrWith(dot, node);
        return;
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range':
        this.walkRange(dot, node);
        return;
      case 'template':
        this.walkTemplate(dot, node);
        return;
      case 'text':
        this.out.push(node.text);
        return;
      default:
        this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }

  walkIfOrWith(dot: unknown, node: BranchNode): void {
    const mark = this.mark();
    try {
      const val = this.evalPipeline(dot, node.pipe);
      if (isTrue(val)) {
        if (node.type === 'with') {
          const saved = this.dotStatic;
          this.dotStatic = undefined;
          try {
            this.walk(val, node.list);
          } finally {
            this.dotStatic = saved;
          }
        } else this.walk(dot, node.list);
      } else if (node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.pop(mark);
    }
  }

  walkRange(dot: unknown, r: BranchNode): void {
    this.at(r);
    const outer = this.mark();
    try {
      const val = this.evalPipeline(dot, r.pipe);
      const mark = this.mark();
      const savedStatic = this.dotStatic;
      const elemStatic = elemType(val) === 'interface {}' ? 'interface {}' : undefined;
      const one = (index: unknown, elem: unknown): boolean => {
        if (r.pipe.decl.length > 0) this.setTopVar(1, elem);
        if (r.pipe.decl.length > 1) this.setTopVar(2, index);
        this.dotStatic = elemStatic;
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e === BREAK) return false;
          if (e !== CONTINUE) throw e;
        } finally {
          this.pop(mark);
          this.dotStatic = savedStatic;
        }
        return true;
      };
      const k = kindOf(val);
      if (k === 'slice') {
        const items = val as unknown[];
        if (items.length > 0) {
          for (let i = 0; i < items.length; i++) if (!one(i, items[i] ?? null)) break;
          return;
        }
      } else if (k === 'map') {
        const obj = val as Record<string, unknown>;
        const keys = sortedMapKeys(obj);
        if (keys.length > 0) {
          for (const key of keys) if (!one(mapKeyValue(obj, key), obj[key] ?? null)) break;
          return;
        }
      } else if (k === 'invalid' || (val instanceof GoNil && val.kind !== 'ptr' && val.kind !== 'interface')) {
        // an invalid value is likely a nil map etc.: not an error
      } else if (val === null) {
        // indirect of a nil interface gives the nil value itself: "range can't iterate over <nil>"
        this.errorf('range can\'t iterate over <nil>');
      } else {
        this.errorf(`range can't iterate over ${formatArg(val, 'v', undefined, true)}`);
      }
      if (r.elseList) this.walk(dot, r.elseList);
    } finally {
      this.pop(outer);
    }
  }

  walkTemplate(dot: unknown, t: TemplateNode): void {
    this.at(t);
    const tree = this.env.trees.get(t.name);
    if (!tree) this.errorf(`template ${quoteGo(t.name)} not defined`);
    if (this.depth >= MAX_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_DEPTH})`);
    const newDot = this.evalPipeline(dot, t.pipe);
    const inner = new State(this.env, t.name, tree, newDot, this.depth + 1);
    inner.out = this.out;
    try {
      inner.walk(newDot, tree.root);
    } catch (e) {
      // JS runs out of stack long before Go's 100000 levels; the error is Go's all the same.
      if (e instanceof RangeError) {
        this.at(t);
        this.errorf(`exceeded maximum template depth (${MAX_DEPTH})`);
      }
      throw e;
    }
  }

  // ---- pipelines ----
  evalPipeline(dot: unknown, pipe: PipeNode | undefined): unknown {
    if (!pipe) return undefined;
    this.at(pipe);
    let value: unknown = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // A nil interface{} becomes no value ("lovely!" in exec.go).
      if (value === null) value = undefined;
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0] as string, value);
      else this.push(v.ident[0] as string, value);
    }
    return value;
  }

  notAFunction(args: ArgNode[], final: Final): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0] as Node)}`);
  }

  evalCommand(dot: unknown, cmd: CommandNode, final: Final): unknown {
    const first = cmd.args[0] as ArgNode;
    switch (first.type) {
      case 'field':
        return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariableNode(dot, first, cmd.args, final);
      default:
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        return this.errorf('nil is not a command');
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return first.text;
    }
  }

  idealConstant(n: NumberNode): unknown {
    this.at(n);
    if (n.isComplex) return new GoComplex(n.re ?? 0, n.im ?? 0);
    const isHexInt = n.text.length > 2 && n.text[0] === '0' && (n.text[1] === 'x' || n.text[1] === 'X') && !/[pP]/.test(n.text);
    const isRune = n.text.startsWith("'");
    if (n.isFloat && !isHexInt && !isRune && /[.eEpP]/.test(n.text)) return Number.isInteger(n.float) ? new GoFloat(n.float) : n.float;
    if (n.isInt) return intValue(n.int);
    if (n.isUint) this.errorf(`${n.text} overflows int`);
    return undefined;
  }

  evalFieldNode(dot: unknown, field: FieldNode, args: ArgNode[], final: Final): unknown {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final, this.dotStatic);
  }

  evalChainNode(dot: unknown, chain: ChainNode, args: ArgNode[], final: Final): unknown {
    this.at(chain);
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = this.evalArg(dot, undefined, chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  evalVariableNode(dot: unknown, v: VariableNode, args: ArgNode[] | undefined, final: Final): unknown {
    this.at(v);
    const value = this.varValue(v.ident[0] as string);
    if (v.ident.length === 1) {
      this.notAFunction(args ?? [v], final);
      return value;
    }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  evalFieldChain(dot: unknown, receiver: unknown, node: Node, ident: string[], args: ArgNode[] | undefined, final: Final, staticType?: string): unknown {
    let r = receiver;
    let st = staticType;
    const n = ident.length;
    for (let i = 0; i < n - 1; i++) {
      const container = r;
      r = this.evalField(dot, ident[i] as string, node, undefined, MISSING, r, st);
      st = kindOf(container) === 'map' && elemType(container) === 'interface {}' ? 'interface {}' : undefined;
    }
    const result = this.evalField(dot, ident[n - 1] as string, node, args, final, r, st);
    this.lastStatic = kindOf(r) === 'map' && elemType(r) === 'interface {}' ? 'interface {}' : undefined;
    return result;
  }

  evalField(dot: unknown, fieldName: string, node: Node, args: ArgNode[] | undefined, final: Final, receiver: unknown, staticType?: string): unknown {
    if (receiver === undefined) {
      if (this.env.missingKey === 'error') this.errorf(`nil data; no entry for key ${quoteGo(fieldName)}`);
      return undefined;
    }
    if (receiver === null) this.errorf(`nil pointer evaluating interface {}.${fieldName}`);
    if (receiver instanceof GoNil) {
      if (receiver.kind === 'ptr' && receiver.fields && !receiver.fields.includes(fieldName)) this.errorf(`can't evaluate field ${fieldName} in type ${receiver.type}`);
      if (receiver.kind === 'ptr' || receiver.kind === 'interface') this.errorf(`nil pointer evaluating ${receiver.type}.${fieldName}`);
    }
    const hasArgs = (args !== undefined && args.length > 1) || final !== MISSING;
    const kind = kindOf(receiver);
    if (kind === 'struct' || kind === 'map') {
      const obj = receiver as Record<string, unknown>;
      const method = methodOf(obj, fieldName);
      if (method) return this.evalCall(dot, methodDef(method), false, node, fieldName, args, final, obj);
      if (kind === 'struct') {
        if (Object.hasOwn(obj, fieldName)) {
          if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
          return obj[fieldName] ?? null;
        }
      } else if (takesStringKeys(obj)) {
        // A map whose key type a string is not assignable to (nat.PortMap's nat.Port) has no
        // field of that name: "can't evaluate field" below.
        if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
        if (Object.hasOwn(obj, fieldName)) return obj[fieldName] ?? null;
        switch (this.env.missingKey) {
          case 'zero':
            return zeroOfMapValueElem(obj);
          case 'error':
            return this.errorf(`map has no entry for key ${quoteGo(fieldName)}`);
          default:
            return undefined;
        }
      }
    }
    return this.errorf(`can't evaluate field ${fieldName} in type ${staticType ?? typeName(receiver)}`);
  }

  evalFunction(dot: unknown, node: IdentifierNode, cmd: Node, args: ArgNode[] | undefined, final: Final): unknown {
    this.at(node);
    const name = node.ident;
    const user = this.env.funcs.get(name);
    const builtin = BUILTINS[name];
    const def = user ?? builtin;
    if (!def) return this.errorf(`${quoteGo(name)} is not a defined function`);
    return this.evalCall(dot, def, !user, cmd, name, args, final);
  }

  evalCall(dot: unknown, def: GoFuncDef, isBuiltin: boolean, node: Node, name: string, argNodes: ArgNode[] | undefined, final: Final, self?: object): unknown {
    const args = argNodes ? argNodes.slice(1) : [];
    let numIn = args.length;
    if (final !== MISSING) numIn++;
    const nParams = def.params.length + (def.variadic ? 1 : 0);
    let numFixed = args.length;
    if (def.variadic) {
      numFixed = def.params.length;
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${args.length}`);
    } else if (numIn !== nParams) this.errorf(`wrong number of args for ${name}: want ${nParams} got ${numIn}`);

    if (isBuiltin && (name === 'and' || name === 'or')) {
      let v: unknown;
      for (const a of args) {
        v = this.evalArg(dot, 'value', a);
        if (isTrue(v) === (name === 'or')) return v;
      }
      if (final !== MISSING) v = final;
      return v;
    }
    const argv: unknown[] = [];
    let i = 0;
    for (; i < numFixed && i < args.length; i++) argv.push(this.evalArg(dot, def.params[i] as ParamType, args[i] as ArgNode));
    if (def.variadic) {
      for (; i < args.length; i++) {
        const a = args[i] as ArgNode;
        this.lastStatic = undefined;
        const v = this.evalArg(dot, def.variadic, a);
        const isField = a.type === 'field' || a.type === 'chain' || (a.type === 'variable' && a.ident.length > 1);
        const st = a.type === 'dot' ? this.dotStatic : isField ? this.lastStatic : undefined;
        // go1.19's slice does not unwrap its indexes: a map element's type reads interface {}.
        argv.push(isBuiltin && name === 'slice' && st === 'interface {}' ? new StaticIface(v) : v);
      }
    }
    if (final !== MISSING) {
      let t: ParamType | undefined = def.variadic ?? def.params[def.params.length - 1];
      if (def.variadic && numIn - 1 < numFixed) t = def.params[numIn - 1];
      argv.push(this.validateType(final, t ?? 'any'));
    }
    if (isBuiltin && name === 'call') argv.unshift(nodeString(args[0] as Node));
    let v: unknown;
    try {
      v = self === undefined ? def.fn(...argv) : def.fn.apply(self, argv);
    } catch (e) {
      if (e instanceof GoTemplateError) throw e;
      this.at(node);
      this.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return v;
  }

  // ---- arguments ----
  validateType(value: unknown, typ: ParamType | undefined): unknown {
    if (value === undefined) {
      if (typ === undefined || typ === 'value') return undefined;
      if (typ === 'any') return null;
      if (typ === '[]string') return new GoNil('[]string');
      return this.errorf(`invalid value; expected ${typ}`);
    }
    if (typ === undefined || typ === 'value' || typ === 'any') return value;
    const k = kindOf(value);
    const ok =
      (typ === 'string' && typeof value === 'string') ||
      (typ === 'int' && k === 'int') ||
      (typ === 'bool' && k === 'bool') ||
      (typ === '[]string' && assignableTo(value, typ));
    if (!ok) {
      this.errorf(`wrong type for value; expected ${typ}; got ${typeName(value)}`);
    }
    return value;
  }

  evalArg(dot: unknown, typ: ParamType | undefined, n: ArgNode): unknown {
    this.at(n);
    switch (n.type) {
      case 'dot':
        return this.validateType(dot, typ);
      case 'nil':
        if (typ === undefined || typ === 'any') return null;
        if (typ === 'value') return undefined;
        if (typ === '[]string') return new GoNil('[]string');
        return this.errorf(`cannot assign nil to ${typ}`);
      case 'field':
        return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case 'variable':
        return this.validateType(this.evalVariableNode(dot, n, undefined, MISSING), typ);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, n, undefined, MISSING), typ);
      case 'chain':
        return this.validateType(this.evalChainNode(dot, n, [], MISSING), typ);
      default:
    }
    switch (typ) {
      case 'bool':
        if (n.type === 'bool') return n.value;
        return this.errorf(`expected bool; found ${nodeString(n)}`);
      case 'int':
        if (n.type === 'number' && n.isInt) return intValue(n.int);
        return this.errorf(`expected integer; found ${nodeString(n)}`);
      case 'string':
        if (n.type === 'string') return n.text;
        return this.errorf(`expected string; found ${nodeString(n)}`);
      case '[]string':
        return this.errorf(`can't handle ${nodeString(n)} for arg of type []string`);
      default:
        return this.evalEmptyInterface(dot, n);
    }
  }

  evalEmptyInterface(dot: unknown, n: ArgNode): unknown {
    this.at(n);
    switch (n.type) {
      case 'bool':
        return n.value;
      case 'number':
        return this.idealConstant(n);
      case 'string':
        return n.text;
      default:
        return this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
    }
  }

  printValue(n: Node, v: unknown): void {
    this.at(n);
    if (v === undefined) {
      this.out.push('<no value>');
      return;
    }
    if (typeof v === 'function' || v instanceof GoFuncValue) this.errorf(`can't print ${nodeString(n)} of type ${typeName(v)}`);
    this.out.push(formatArg(v, 'v', undefined, true));
  }
}

const byteLen = (s: string): number => new TextEncoder().encode(s).length;

/** Go int (64-bit) as a JS number when exact, else a bigint. */
function intValue(b: bigint): number | bigint {
  return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}

/** A map key as the range variable gets it: a string, or a number for a numeric key type. */
function mapKeyValue(obj: object, key: string): unknown {
  return /^map\[(u?int\d*)\]/.test(typeName(obj)) ? Number(key) : key;
}

const METHOD_DEFS = new WeakMap<(...a: unknown[]) => unknown, GoFuncDef>();

/** A method's signature (one interface{} parameter per declared JS parameter), made once. */
function methodDef(method: (...a: unknown[]) => unknown): GoFuncDef {
  let def = METHOD_DEFS.get(method);
  if (!def) {
    def = toFuncDef(method);
    METHOD_DEFS.set(method, def);
  }
  return def;
}

/** Object.prototype's own names (toString, constructor…): never methods of Go data. */
const OBJECT_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A method of a struct or map value: a function-valued own property or a class/prototype method. */
function methodOf(obj: Record<string, unknown>, name: string): ((...a: unknown[]) => unknown) | undefined {
  const v = obj[name];
  if (typeof v !== 'function') return undefined;
  if (OBJECT_NAMES.has(name) && !Object.hasOwn(obj, name)) return undefined;
  return v as (...a: unknown[]) => unknown;
}

/** Executes the tree named `name`; returns the output or throws GoTemplateError. */
export function executeTree(env: ExecEnv, name: string, data: unknown, partial = false): string {
  const tree = env.trees.get(name);
  const state = new State(env, name, tree ?? { root: { type: 'list', pos: 0, nodes: [] }, text: '', parseName: name }, data);
  if (!tree) return state.errorf(`${quoteGo(name)} is an incomplete or empty template`);
  try {
    state.walk(data, tree.root);
  } catch (e) {
    if (partial && (e instanceof GoTemplateError || e instanceof RangeError || e instanceof GoFuncError)) return state.out.join('');
    if (e instanceof GoTemplateError) throw e;
    if (e instanceof RangeError) throw new GoTemplateError(`template: ${name}: exceeded maximum template depth (${MAX_DEPTH})`);
    if (e instanceof GoFuncError) throw new GoTemplateError(e.message);
    throw e;
  }
  return state.out.join('');
}
