// text/template/parse's lexer (go1.19 src/text/template/parse/lex.go), run to completion up
// front: the token stream, ending in EOF or in one error item that stops it, is the one Go's
// goroutine lexer hands the parser, so the parser meets errors where Go's parser meets them.

export type ItemType =
  | 'error'
  | 'bool'
  | 'char'
  | 'charConstant'
  | 'comment'
  | 'complex'
  | 'assign'
  | 'declare'
  | 'EOF'
  | 'field'
  | 'identifier'
  | 'leftDelim'
  | 'leftParen'
  | 'number'
  | 'pipe'
  | 'rawString'
  | 'rightDelim'
  | 'rightParen'
  | 'space'
  | 'string'
  | 'text'
  | 'variable'
  // keywords
  | 'block'
  | 'break'
  | 'continue'
  | 'dot'
  | 'define'
  | 'else'
  | 'end'
  | 'if'
  | 'nil'
  | 'range'
  | 'template'
  | 'with';

export interface Item {
  typ: ItemType;
  pos: number;
  val: string;
  line: number;
}

const KEYWORDS: Record<string, ItemType> = {
  '.': 'dot',
  block: 'block',
  break: 'break',
  continue: 'continue',
  define: 'define',
  else: 'else',
  end: 'end',
  if: 'if',
  range: 'range',
  nil: 'nil',
  template: 'template',
  with: 'with',
};

const isKeyword = (t: ItemType): boolean =>
  t === 'block' || t === 'break' || t === 'continue' || t === 'dot' || t === 'define' || t === 'else' || t === 'end' || t === 'if' || t === 'nil' || t === 'range' || t === 'template' || t === 'with';

/** Go's item.String(): how a token appears in "unexpected X in Y". */
export function itemString(i: Item): string {
  if (i.typ === 'EOF') return 'EOF';
  if (i.typ === 'error') return i.val;
  if (isKeyword(i.typ)) return `<${i.val}>`;
  const runes = Array.from(i.val);
  if (runes.length > 10) return `${goQuoteShort(runes.slice(0, 10).join(''))}...`;
  return goQuoteShort(i.val);
}

import { quoteGo } from './quote';
const goQuoteShort = (s: string) => quoteGo(s);

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
// unicode.IsLetter/IsDigit, approximated by the Unicode properties JS knows.
const isAlphaNumeric = (c: string | undefined) => c !== undefined && (c === '_' || /^[\p{L}\p{Nd}]$/u.test(c));

const LEFT = '{{';
const RIGHT = '}}';
const LEFT_COMMENT = '/*';
const RIGHT_COMMENT = '*/';
const TRIM = 2; // len("- ") and len(" -")

const hasLeftTrimMarker = (s: string, at: number) => s[at] === '-' && isSpace(s[at + 1]);
const hasRightTrimMarker = (s: string, at: number) => isSpace(s[at]) && s[at + 1] === '-';

function rightTrimLength(s: string): number {
  let n = s.length;
  while (n > 0 && isSpace(s[n - 1])) n--;
  return s.length - n;
}

function leftTrimLength(s: string, from: number): number {
  let i = from;
  while (i < s.length && isSpace(s[i])) i++;
  return i - from;
}

function printableAscii(c: string): boolean {
  const cp = c.codePointAt(0) ?? 0;
  return cp >= 0x20 && cp < 0x7f;
}

/** Go's %#U: U+0041 'A' (the quoted char only when printable). */
function hashU(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(c) ? `${hex} '${c}'` : hex;
}

/** Lexes `input` into Go's items; the last item is EOF or an error. */
export function lex(input: string): Item[] {
  const items: Item[] = [];
  let start = 0;
  let pos = 0;
  let parenDepth = 0;
  const lineAt = (p: number) => {
    let n = 1;
    for (let i = input.indexOf('\n'); i >= 0 && i < p; i = input.indexOf('\n', i + 1)) n++;
    return n;
  };
  // Lines are counted incrementally: `line` is the line of `start`.
  let line = 1;
  let lineFrom = 0;
  const lineOf = (p: number) => {
    if (p < lineFrom) {
      line = lineAt(p);
      lineFrom = p;
      return line;
    }
    for (let i = input.indexOf('\n', lineFrom); i >= 0 && i < p; i = input.indexOf('\n', i + 1)) line++;
    lineFrom = p;
    return line;
  };
  const emit = (typ: ItemType) => {
    items.push({ typ, pos: start, val: input.slice(start, pos), line: lineOf(start) });
    start = pos;
  };
  const ignore = () => {
    start = pos;
  };
  const errorf = (msg: string): null => {
    items.push({ typ: 'error', pos: start, val: msg, line: lineOf(start) });
    return null;
  };
  const next = (): string | undefined => {
    if (pos >= input.length) {
      pos = input.length + 1; // width of EOF so that backup works
      return undefined;
    }
    const cp = input.codePointAt(pos) ?? 0;
    const ch = String.fromCodePoint(cp);
    pos += ch.length;
    return ch;
  };
  let lastWidth = 0;
  const nextW = (): string | undefined => {
    const before = pos;
    const c = next();
    lastWidth = c === undefined ? 0 : pos - before;
    if (c === undefined) pos = input.length;
    return c;
  };
  const backup = () => {
    pos -= lastWidth;
  };
  const peek = (): string | undefined => {
    if (pos >= input.length) return undefined;
    return String.fromCodePoint(input.codePointAt(pos) ?? 0);
  };
  const accept = (valid: string): boolean => {
    const c = peek();
    if (c !== undefined && valid.includes(c)) {
      nextW();
      return true;
    }
    return false;
  };
  const acceptRun = (valid: string) => {
    while (accept(valid));
  };
  const atRightDelim = (): [boolean, boolean] => {
    if (hasRightTrimMarker(input, pos) && input.startsWith(RIGHT, pos + TRIM)) return [true, true];
    if (input.startsWith(RIGHT, pos)) return [true, false];
    return [false, false];
  };
  const atTerminator = (): boolean => {
    const r = peek();
    if (r === undefined || isSpace(r)) return true;
    if ('.,|:)('.includes(r)) return true;
    return input.startsWith(RIGHT, pos);
  };

  type State = (() => State) | null;

  const lexText = (): State => {
    const x = input.indexOf(LEFT, pos);
    if (x >= 0) {
      pos = x;
      let trim = 0;
      if (hasLeftTrimMarker(input, pos + LEFT.length)) trim = rightTrimLength(input.slice(start, pos));
      pos -= trim;
      if (pos > start) emit('text');
      pos += trim;
      ignore();
      return lexLeftDelim;
    }
    pos = input.length;
    if (pos > start) emit('text');
    emit('EOF');
    return null;
  };

  const lexLeftDelim = (): State => {
    pos += LEFT.length;
    const trim = hasLeftTrimMarker(input, pos);
    const after = trim ? TRIM : 0;
    if (input.startsWith(LEFT_COMMENT, pos + after)) {
      pos += after;
      ignore();
      return lexComment;
    }
    emit('leftDelim');
    pos += after;
    ignore();
    parenDepth = 0;
    return lexInsideAction;
  };

  const lexComment = (): State => {
    pos += LEFT_COMMENT.length;
    const i = input.indexOf(RIGHT_COMMENT, pos);
    if (i < 0) return errorf('unclosed comment');
    pos = i + RIGHT_COMMENT.length;
    const [delim, trim] = atRightDelim();
    if (!delim) return errorf('comment ends before closing delimiter');
    if (trim) pos += TRIM;
    pos += RIGHT.length;
    if (trim) pos += leftTrimLength(input, pos);
    ignore();
    return lexText;
  };

  const lexRightDelim = (): State => {
    const trim = hasRightTrimMarker(input, pos);
    if (trim) {
      pos += TRIM;
      ignore();
    }
    pos += RIGHT.length;
    emit('rightDelim');
    if (trim) {
      pos += leftTrimLength(input, pos);
      ignore();
    }
    return lexText;
  };

  const lexInsideAction = (): State => {
    const [delim] = atRightDelim();
    if (delim) {
      if (parenDepth === 0) return lexRightDelim;
      return errorf('unclosed left paren');
    }
    const r = nextW();
    if (r === undefined) return errorf('unclosed action');
    if (isSpace(r)) {
      backup();
      return lexSpace;
    }
    if (r === '=') emit('assign');
    else if (r === ':') {
      if (nextW() !== '=') return errorf('expected :=');
      emit('declare');
    } else if (r === '|') emit('pipe');
    else if (r === '"') return lexQuote;
    else if (r === '`') return lexRawQuote;
    else if (r === '$') return lexVariable;
    else if (r === "'") return lexChar;
    else if (r === '.' && pos < input.length && !(input[pos] >= '0' && input[pos] <= '9')) return lexField;
    else if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
      backup();
      return lexNumber;
    } else if (isAlphaNumeric(r)) {
      backup();
      return lexIdentifier;
    } else if (r === '(') {
      emit('leftParen');
      parenDepth++;
    } else if (r === ')') {
      emit('rightParen');
      parenDepth--;
      if (parenDepth < 0) return errorf(`unexpected right paren ${hashU(r)}`);
    } else if (printableAscii(r)) emit('char');
    else return errorf(`unrecognized character in action: ${hashU(r)}`);
    return lexInsideAction;
  };

  const lexSpace = (): State => {
    let numSpaces = 0;
    while (isSpace(peek())) {
      nextW();
      numSpaces++;
    }
    if (hasRightTrimMarker(input, pos - 1) && input.startsWith(RIGHT, pos - 1 + TRIM)) {
      pos -= 1;
      if (numSpaces === 1) return lexRightDelim;
    }
    emit('space');
    return lexInsideAction;
  };

  const lexIdentifier = (): State => {
    for (;;) {
      const r = nextW();
      if (isAlphaNumeric(r)) continue;
      backup();
      const word = input.slice(start, pos);
      if (!atTerminator()) return errorf(`bad character ${hashU(r ?? '')}`);
      const kw = KEYWORDS[word];
      if (kw && kw !== 'dot') emit(kw);
      else if (word[0] === '.') emit('field');
      else if (word === 'true' || word === 'false') emit('bool');
      else emit('identifier');
      return lexInsideAction;
    }
  };

  const lexFieldOrVariable = (typ: 'field' | 'variable'): State => {
    if (atTerminator()) {
      emit(typ === 'variable' ? 'variable' : 'dot');
      return lexInsideAction;
    }
    let r: string | undefined;
    for (;;) {
      r = nextW();
      if (!isAlphaNumeric(r)) {
        backup();
        break;
      }
    }
    if (!atTerminator()) return errorf(`bad character ${hashU(r ?? '')}`);
    emit(typ);
    return lexInsideAction;
  };
  const lexField = (): State => lexFieldOrVariable('field');
  const lexVariable = (): State => lexFieldOrVariable('variable');

  const lexChar = (): State => {
    for (;;) {
      const r = nextW();
      if (r === '\\') {
        const r2 = nextW();
        if (r2 !== undefined && r2 !== '\n') continue;
        return errorf('unterminated character constant');
      }
      if (r === undefined || r === '\n') return errorf('unterminated character constant');
      if (r === "'") break;
    }
    emit('charConstant');
    return lexInsideAction;
  };

  const scanNumber = (): boolean => {
    accept('+-');
    let digits = '0123456789_';
    if (accept('0')) {
      if (accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (accept('oO')) digits = '01234567_';
      else if (accept('bB')) digits = '01_';
    }
    acceptRun(digits);
    if (accept('.')) acceptRun(digits);
    if (digits.length === 11 && accept('eE')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    if (digits.length === 23 && accept('pP')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    accept('i');
    if (isAlphaNumeric(peek())) {
      nextW();
      return false;
    }
    return true;
  };

  const lexNumber = (): State => {
    if (!scanNumber()) return errorf(`bad number syntax: ${quoteGo(input.slice(start, pos))}`);
    const sign = peek();
    if (sign === '+' || sign === '-') {
      if (!scanNumber() || input[pos - 1] !== 'i') return errorf(`bad number syntax: ${quoteGo(input.slice(start, pos))}`);
      emit('complex');
    } else emit('number');
    return lexInsideAction;
  };

  const lexQuote = (): State => {
    for (;;) {
      const r = nextW();
      if (r === '\\') {
        const r2 = nextW();
        if (r2 !== undefined && r2 !== '\n') continue;
        return errorf('unterminated quoted string');
      }
      if (r === undefined || r === '\n') return errorf('unterminated quoted string');
      if (r === '"') break;
    }
    emit('string');
    return lexInsideAction;
  };

  const lexRawQuote = (): State => {
    const i = input.indexOf('`', pos);
    if (i < 0) return errorf('unterminated raw quoted string');
    pos = i + 1;
    emit('rawString');
    return lexInsideAction;
  };

  let state: State = lexText;
  while (state) state = state();
  return items;
}
