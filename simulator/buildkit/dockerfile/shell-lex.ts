// The word expansion Dockerfile instructions get (moby/buildkit@v0.10.4 frontend/dockerfile/
// shell/lex.go): quotes removed, the escape token taken literally, `$VAR`, `${VAR}`,
// `${VAR:-word}`, `${VAR:+word}` (and their colon-less forms) replaced from the build's
// environment. ProcessWords also splits on unquoted blanks (EXPOSE, VOLUME, ARG).

export type Env = ReadonlyMap<string, string>;

/** Lex's RawQuotes (quotes kept in the word) and SkipUnsetEnv (`$X` of an unset X kept as written). */
export interface LexOptions {
  rawQuotes?: boolean;
  skipUnset?: boolean;
}

class Lexer {
  private pos = 0;
  constructor(
    private readonly src: string,
    private readonly env: Env,
    private readonly escape: string,
    private readonly options: LexOptions = {},
  ) {}

  private peek(): string {
    return this.src[this.pos] ?? '';
  }

  private next(): string {
    return this.src[this.pos++] ?? '';
  }

  private get done(): boolean {
    return this.pos >= this.src.length;
  }

  /** Words, split on unquoted blanks when `split`. */
  words(split: boolean): string[] {
    const out: string[] = [];
    let word = '';
    let started = false;
    while (!this.done) {
      const ch = this.peek();
      if (split && /\s/.test(ch)) {
        this.pos++;
        if (started) out.push(word);
        word = '';
        started = false;
        continue;
      }
      started = true;
      if (ch === this.escape) {
        this.pos++;
        if (!this.done) word += this.next();
      } else if (ch === "'") {
        this.pos++;
        const q = this.options.rawQuotes ? "'" : '';
        word += q;
        while (!this.done && this.peek() !== "'") word += this.next();
        if (this.done) throw new Error('unexpected end of statement while looking for matching single-quote');
        this.pos++;
        word += q;
      } else if (ch === '"') {
        this.pos++;
        const q = this.options.rawQuotes ? '"' : '';
        word += q + this.doubleQuoted() + q;
      } else if (ch === '$') {
        const at = this.pos;
        this.pos++;
        word += this.dollar(split, at);
      } else word += this.next();
    }
    if (started) out.push(word);
    return out;
  }

  private doubleQuoted(): string {
    let out = '';
    while (!this.done && this.peek() !== '"') {
      const ch = this.next();
      if (ch === '$') out += this.dollar(false, this.pos - 1);
      else if (ch === this.escape) {
        const n = this.peek();
        if (n === '"' || n === '$' || n === this.escape) out += this.next();
        else out += ch;
      } else out += ch;
    }
    if (this.done) throw new Error('unexpected end of statement while looking for matching double-quote');
    this.pos++;
    return out;
  }

  private name(): string {
    let out = '';
    while (/[A-Za-z0-9_]/.test(this.peek()) && !this.done) out += this.next();
    return out;
  }

  private lookup(name: string, at: number): string {
    const value = this.env.get(name);
    if (value === undefined && this.options.skipUnset) return this.src.slice(at, this.pos);
    return value ?? '';
  }

  private dollar(split: boolean, at: number): string {
    const ch = this.peek();
    if (ch !== '{') {
      const name = this.name();
      if (name === '') return '$';
      return this.lookup(name, at);
    }
    this.pos++;
    const name = this.name();
    if (name === '') throw new Error(`missing ':' in substitution`);
    let op = this.peek();
    if (op === '}') {
      this.pos++;
      return this.lookup(name, at);
    }
    let colon = false;
    if (op === ':') {
      colon = true;
      this.pos++;
      op = this.peek();
    }
    if (op !== '-' && op !== '+' && op !== '?') throw new Error(`unsupported modifier (${op}) in substitution`);
    this.pos++;
    let word = '';
    let depth = 0;
    while (!this.done && !(this.peek() === '}' && depth === 0)) {
      const c = this.next();
      if (c === '{') depth++;
      if (c === '}') depth--;
      word += c;
    }
    if (this.done) throw new Error(`missing '}' in substitution`);
    this.pos++;
    const expanded = new Lexer(word, this.env, this.escape).words(false).join('') || '';
    void split;
    const value = this.env.get(name);
    const set = colon ? value !== undefined && value !== '' : value !== undefined;
    if (op === '-') return set ? (value ?? '') : expanded;
    if (op === '+') return set ? expanded : '';
    if (!set) throw new Error(`${name}: ${expanded || 'is not allowed to be unset'}`);
    return value ?? '';
  }
}

/** ProcessWord: one word, expanded. Throws for an unterminated quote or a bad substitution. */
export function processWord(word: string, env: Env, escape = '\\', options: LexOptions = {}): string {
  return new Lexer(word, env, escape, options).words(false).join('');
}

/** ProcessWords: blank-separated words, each expanded. */
export function processWords(text: string, env: Env, escape = '\\'): string[] {
  return new Lexer(text, env, escape).words(true);
}
