// text/template/parse's recursive-descent parser (go1.19 src/text/template/parse/parse.go):
// the same grammar, the same variable scoping, and the same error texts, each prefixed
// `template: NAME:LINE: ` with the line of the furthest token read, as Go's Tree.errorf does.

import { parseGoFloat, parseGoInt, parseGoUint } from '../strconv';
import { GoTemplateError } from './errors';
import { type Item, type ItemType, itemString, lex } from './lexer';
import {
  type ArgNode,
  type BranchNode,
  type CommandNode,
  type ListNode,
  type Node,
  type NumberNode,
  type PipeNode,
  type TemplateNode,
  type VariableNode,
  nodeString,
} from './nodes';
import { quoteGo, unquoteGo } from './quote';

/** The trees of one Parse call: the main template's and each {{define}} / {{block}}. */
export type TreeSet = Map<string, ListNode>;

class Bail extends Error {}

export function parseTrees(text: string, name: string, hasFunction: (name: string) => boolean, treeSet: TreeSet): void {
  new Parser(text, name, hasFunction, treeSet).parseMain();
}

const isEmptyTree = (n: Node): boolean => {
  switch (n.type) {
    case 'list':
      return n.nodes.every(isEmptyTree);
    case 'text':
      return n.text.trim() === '';
    default:
      return false;
  }
};

class Parser {
  private readonly items: Item[];
  private i = 0;
  private furthest = 0;
  private vars: string[] = ['$'];
  private actionLine = 0;
  private rangeDepth = 0;

  constructor(
    private readonly text: string,
    private readonly parseName: string,
    private readonly hasFunction: (name: string) => boolean,
    private readonly treeSet: TreeSet,
  ) {
    this.items = lex(text);
  }

  // ---- tokens ----
  private at(i: number): Item {
    const it = this.items[Math.min(i, this.items.length - 1)] as Item;
    return it;
  }
  private next(): Item {
    const it = this.at(this.i);
    this.i++;
    if (this.i - 1 > this.furthest) this.furthest = this.i - 1;
    return it;
  }
  private peek(): Item {
    if (this.i > this.furthest) this.furthest = this.i;
    return this.at(this.i);
  }
  private backup(n = 1): void {
    this.i -= n;
  }
  private nextNonSpace(): Item {
    let t: Item;
    do t = this.next();
    while (t.typ === 'space');
    return t;
  }
  private peekNonSpace(): Item {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }

  // ---- errors ----
  private errorf(msg: string): never {
    const line = this.at(this.furthest).line;
    throw new GoTemplateError(`template: ${this.parseName}:${line}: ${msg}`);
  }
  private unexpected(token: Item, context: string): never {
    if (token.typ === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.parseName}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(`${token.val}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }
  private expect(typ: ItemType, context: string): Item {
    const t = this.nextNonSpace();
    if (t.typ !== typ) this.unexpected(t, context);
    return t;
  }
  private expectOneOf(a: ItemType, b: ItemType, context: string): Item {
    const t = this.nextNonSpace();
    if (t.typ !== a && t.typ !== b) this.unexpected(t, context);
    return t;
  }

  // ---- trees ----
  private add(name: string, root: ListNode): void {
    const tree = this.treeSet.get(name);
    if (tree === undefined || isEmptyTree(tree)) {
      this.treeSet.set(name, root);
      return;
    }
    if (!isEmptyTree(root)) this.errorf(`template: multiple definition of template ${quoteGo(name)}`);
  }

  parseMain(): void {
    const root: ListNode = { type: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().typ !== 'EOF') {
      if (this.peek().typ === 'leftDelim') {
        const delim = this.next();
        if (this.nextNonSpace().typ === 'define') {
          this.parseDefinition();
          continue;
        }
        // backup2(delim): re-read from the delimiter.
        this.i = this.items.indexOf(delim);
      }
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${nodeString(n)}`);
      root.nodes.push(n);
    }
    this.add(this.parseName, root);
  }

  private parseDefinition(): void {
    const context = 'define clause';
    const saved = this.vars;
    this.vars = ['$'];
    const nameTok = this.expectOneOf('string', 'rawString', context);
    const name = unquoteGo(nameTok.val);
    if (name === undefined) this.errorf('invalid syntax');
    this.expect('rightDelim', context);
    const [root, end] = this.itemList();
    if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    this.add(name, root);
    this.vars = saved;
  }

  private itemList(): [ListNode, Node] {
    const list: ListNode = { type: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().typ !== 'EOF') {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return [list, n];
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  private textOrAction(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'text':
        return { type: 'text', pos: token.pos, text: token.val };
      case 'leftDelim': {
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      }
      default:
        this.unexpected(token, 'input');
    }
  }

  private action(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'block':
        return this.blockControl();
      case 'break':
        return this.breakControl(token);
      case 'continue':
        return this.continueControl(token);
      case 'else':
        return this.elseControl();
      case 'end':
        return { type: 'end', pos: this.expect('rightDelim', 'end').pos, line: token.line };
      case 'if':
        return this.branch('if', true);
      case 'range':
        return this.branch('range', false);
      case 'template':
        return this.templateControl();
      case 'with':
        return this.branch('with', false);
      default:
    }
    this.backup();
    const t = this.peek();
    return { type: 'action', pos: t.pos, line: t.line, pipe: this.pipeline('command', 'rightDelim') };
  }

  private breakControl(tok: Item): Node {
    const t = this.nextNonSpace();
    if (t.typ !== 'rightDelim') this.unexpected(t, '{{break}}');
    if (this.rangeDepth === 0) this.errorf('{{break}} outside {{range}}');
    return { type: 'break', pos: tok.pos, line: tok.line };
  }

  private continueControl(tok: Item): Node {
    const t = this.nextNonSpace();
    if (t.typ !== 'rightDelim') this.unexpected(t, '{{continue}}');
    if (this.rangeDepth === 0) this.errorf('{{continue}} outside {{range}}');
    return { type: 'continue', pos: tok.pos, line: tok.line };
  }

  private elseControl(): Node {
    const peek = this.peekNonSpace();
    if (peek.typ === 'if') return { type: 'else', pos: peek.pos, line: peek.line };
    const t = this.expect('rightDelim', 'else');
    return { type: 'else', pos: t.pos, line: t.line };
  }

  private branch(context: 'if' | 'range' | 'with', allowElseIf: boolean): BranchNode {
    const saved = this.vars.length;
    try {
      const pipe = this.pipeline(context, 'rightDelim');
      if (context === 'range') this.rangeDepth++;
      let list: ListNode;
      let next: Node;
      try {
        [list, next] = this.itemList();
      } finally {
        if (context === 'range') this.rangeDepth--;
      }
      let elseList: ListNode | undefined;
      if (next.type === 'else') {
        if (allowElseIf && this.peek().typ === 'if') {
          this.next();
          elseList = { type: 'list', pos: next.pos, nodes: [this.branch('if', true)] };
        } else {
          [elseList, next] = this.itemList();
          if (next.type !== 'end') this.errorf(`expected end; found ${nodeString(next)}`);
        }
      }
      return { type: context, pos: pipe.pos, line: pipe.line, pipe, list, elseList };
    } finally {
      this.vars.length = saved;
    }
  }

  private parseTemplateName(token: Item, context: string): string {
    if (token.typ === 'string' || token.typ === 'rawString') {
      const s = unquoteGo(token.val);
      if (s === undefined) this.errorf('invalid syntax');
      return s;
    }
    this.unexpected(token, context);
  }

  private templateControl(): TemplateNode {
    const context = 'template clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    let pipe: PipeNode | undefined;
    if (this.nextNonSpace().typ !== 'rightDelim') {
      this.backup();
      pipe = this.pipeline(context, 'rightDelim');
    }
    return { type: 'template', pos: token.pos, line: token.line, name, pipe };
  }

  private blockControl(): TemplateNode {
    const context = 'block clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    const pipe = this.pipeline(context, 'rightDelim');
    const saved = this.vars;
    const savedDepth = this.rangeDepth;
    this.vars = ['$'];
    this.rangeDepth = 0;
    const [root, end] = this.itemList();
    if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    this.add(name, root);
    this.vars = saved;
    this.rangeDepth = savedDepth;
    return { type: 'template', pos: token.pos, line: token.line, name, pipe };
  }

  private pipeline(context: string, end: ItemType): PipeNode {
    const token = this.peekNonSpace();
    const pipe: PipeNode = { type: 'pipe', pos: token.pos, line: token.line, isAssign: false, decl: [], cmds: [] };
    decls: for (;;) {
      const v = this.peekNonSpace();
      if (v.typ !== 'variable') break;
      const vAt = this.i;
      this.next();
      // `this.i` now points just after the variable (maybe at a space)
      const afterVar = this.peek();
      const next = this.peekNonSpace();
      if (next.typ === 'assign' || next.typ === 'declare') {
        pipe.isAssign = next.typ === 'assign';
        this.nextNonSpace();
        pipe.decl.push(this.newVariable(v.pos, v.val));
        this.vars.push(v.val);
      } else if (next.typ === 'char' && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push(this.newVariable(v.pos, v.val));
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.peekNonSpace().typ;
          if (p === 'variable' || p === 'rightDelim' || p === 'rightParen') continue decls;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      } else {
        void afterVar;
        this.i = vAt;
        // Skip spaces before the variable as Go's backup leaves them consumed.
      }
      break;
    }
    for (;;) {
      const t = this.nextNonSpace();
      if (t.typ === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      switch (t.typ) {
        case 'bool':
        case 'charConstant':
        case 'complex':
        case 'dot':
        case 'field':
        case 'identifier':
        case 'number':
        case 'nil':
        case 'rawString':
        case 'string':
        case 'variable':
        case 'leftParen':
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(t, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      const t = c.args[0]?.type;
      if (t === 'bool' || t === 'dot' || t === 'nil' || t === 'number' || t === 'string') this.errorf(`non executable command in pipeline stage ${i + 2}`);
    });
  }

  private command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.next();
      if (token.typ === 'space') continue;
      if (token.typ === 'rightDelim' || token.typ === 'rightParen') this.backup();
      else if (token.typ !== 'pipe') this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): ArgNode | undefined {
    const node = this.term();
    if (!node) return undefined;
    if (this.peek().typ !== 'field') return node;
    const pos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().typ === 'field') fields.push(this.next().val.slice(1));
    switch (node.type) {
      case 'field':
        return { type: 'field', pos, ident: [...node.ident, ...fields] };
      case 'variable':
        return { type: 'variable', pos, ident: [...node.ident, ...fields] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        this.errorf(`unexpected . after term ${quoteGo(nodeString(node))}`);
      default:
        return { type: 'chain', pos, node, field: fields };
    }
  }

  private term(): ArgNode | undefined {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'identifier':
        if (!this.hasFunction(token.val)) this.errorf(`function ${quoteGo(token.val)} not defined`);
        return { type: 'identifier', pos: token.pos, ident: token.val };
      case 'dot':
        return { type: 'dot', pos: token.pos };
      case 'nil':
        return { type: 'nil', pos: token.pos };
      case 'variable':
        return this.useVar(token.pos, token.val);
      case 'field':
        return { type: 'field', pos: token.pos, ident: token.val.slice(1).split('.') };
      case 'bool':
        return { type: 'bool', pos: token.pos, value: token.val === 'true' };
      case 'charConstant':
      case 'complex':
      case 'number':
        return this.newNumber(token);
      case 'leftParen':
        return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString': {
        const s = unquoteGo(token.val);
        if (s === undefined) this.errorf('invalid syntax');
        return { type: 'string', pos: token.pos, quoted: token.val, text: s };
      }
      default:
        this.backup();
        return undefined;
    }
  }

  private newVariable(pos: number, name: string): VariableNode {
    return { type: 'variable', pos, ident: name.split('.') };
  }

  private useVar(pos: number, name: string): VariableNode {
    const v = this.newVariable(pos, name);
    if (!this.vars.includes(v.ident[0] as string)) this.errorf(`undefined variable ${quoteGo(v.ident[0])}`);
    return v;
  }

  /** parse.NumberNode.simplifyComplex: a complex with no imaginary part is also a float (and an int). */
  private simplifyComplex(n: NumberNode): NumberNode {
    if (n.im === 0) {
      n.isFloat = true;
      n.float = n.re ?? 0;
      if (Number.isInteger(n.float) && Math.abs(n.float) < 2 ** 63) {
        n.isInt = true;
        n.int = BigInt(n.float);
      }
    }
    return n;
  }

  private newNumber(token: Item): NumberNode {
    const text = token.val;
    const n: NumberNode = { type: 'number', pos: token.pos, text, isInt: false, isUint: false, isFloat: false, isComplex: false, int: 0n, float: 0 };
    if (token.typ === 'charConstant') {
      // strconv.UnquoteChar on the text after the quote, then the closing quote must follow.
      const first = /^'(\\(?:[abfnrtv\\']|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3})|[^\\'])/u.exec(text);
      const r = first ? unquoteGo(`'${first[1]}'`) : undefined;
      if (!first || r === undefined) this.errorf('invalid syntax');
      if (text.slice(first[0].length) !== "'") this.errorf(`malformed character constant: ${text}`);
      const cp = r.codePointAt(0) ?? 0;
      return { ...n, isInt: true, isUint: true, isFloat: true, int: BigInt(cp), float: cp };
    }
    if (token.typ === 'complex') {
      // fmt.Sscan of "re+imi"
      const m = /^([+-]?[^+-]+(?:[eEpP][+-][^+-]*)?)([+-].+)i$/.exec(text);
      const re = m ? parseGoFloat(m[1] as string) : undefined;
      const im = m ? parseGoFloat(m[2] as string) : undefined;
      if (!re?.ok || !im?.ok) this.errorf(`expected integer`);
      return this.simplifyComplex({ ...n, isComplex: true, re: re.value, im: im.value });
    }
    if (text.endsWith('i')) {
      const f = parseGoFloat(text.slice(0, -1));
      if (f.ok) return this.simplifyComplex({ ...n, isComplex: true, re: 0, im: f.value });
    }
    const u = parseGoUint(text);
    if (u.ok) {
      n.isUint = true;
      n.int = u.value;
    }
    const i = parseGoInt(text);
    if (i.ok) {
      n.isInt = true;
      n.int = i.value;
    }
    if (n.isInt || n.isUint) {
      n.isFloat = true;
      n.float = Number(n.int);
    } else {
      const f = parseGoFloat(text);
      if (f.ok) {
        if (!/[.eEpP]/.test(text)) this.errorf(`integer overflow: ${quoteGo(text)}`);
        n.isFloat = true;
        n.float = f.value;
        if (Number.isInteger(f.value) && Math.abs(f.value) < 2 ** 63) {
          n.isInt = true;
          n.int = BigInt(f.value);
        }
      }
    }
    if (!n.isInt && !n.isUint && !n.isFloat) this.errorf(`illegal number syntax: ${quoteGo(text)}`);
    return n;
  }
}
