// Plain words in the shell library's syntax tree: what several rewrites and checks need to know
// of a simple command (its name, its arguments) when each word is one literal, with no
// expansion, quote or glob that only running it could resolve.

/** A node of the library's syntax tree, as plain data. */
export type AstNode = { type?: unknown; [key: string]: unknown };

export function isNode(v: unknown): v is AstNode {
  return typeof v === 'object' && v !== null;
}

/** The text of a word that is one literal part, else undefined. */
export function literalWord(word: unknown): string | undefined {
  if (!isNode(word) || !Array.isArray(word.parts) || word.parts.length !== 1) return undefined;
  const part = word.parts[0] as AstNode;
  return part.type === 'Literal' && typeof part.value === 'string' ? part.value : undefined;
}

/** The literal name of a simple command (`ls` in `ls -l`), if it is one plain word. */
export function literalName(command: unknown): string | undefined {
  if (!isNode(command) || command.type !== 'SimpleCommand') return undefined;
  return literalWord(command.name);
}

/** A simple command's arguments when every one is a plain word, else undefined. */
export function literalArgs(command: unknown): string[] | undefined {
  if (!isNode(command) || !Array.isArray(command.args)) return undefined;
  const words: string[] = [];
  for (const arg of command.args) {
    const word = literalWord(arg);
    if (word === undefined) return undefined;
    words.push(word);
  }
  return words;
}
