// What the session needs to know about a command line before running it: is it complete
// (bash would print its PS2 and wait), and is it one plain command whose output goes straight
// to the terminal (then a TTY is what that command sees, and its output may stream).

import { parse } from 'just-bash';
import { literalWord } from './ast-words';
import { hasUnclosedArithmetic, UNCLOSED_ARITHMETIC_MESSAGE } from './unclosed-arithmetic';

/** Node types whose presence means output does not reach the terminal directly. */
const INDIRECT_NODES = new Set(['CommandSubstitution', 'ProcessSubstitution']);

/**
 * The library's parse of `text`, or the error it threw. A line is parsed up to three times
 * before it runs (needsMoreInput on Enter, syntaxErrorMessage, loneCommandName), so the last
 * answer is kept. Callers only read the tree.
 */
let lastParse: { text: string; ok: boolean; ast?: unknown; error?: unknown } | undefined;
function parsed(text: string): { ok: boolean; ast?: unknown; error?: unknown } {
  if (lastParse?.text !== text) {
    try {
      lastParse = { text, ok: true, ast: parse(text) };
    } catch (error) {
      lastParse = { text, ok: false, error };
    }
  }
  return lastParse;
}

function containsNodeType(value: unknown, types: Set<string>): boolean {
  if (Array.isArray(value)) return value.some((v) => containsNodeType(v, types));
  if (value === null || typeof value !== 'object') return false;
  const node = value as Record<string, unknown>;
  if (typeof node.type === 'string' && types.has(node.type)) return true;
  return Object.values(node).some((v) => containsNodeType(v, types));
}

/**
 * The command name when `line` is exactly one simple command with no pipe, redirection,
 * substitution or background `&`; undefined otherwise (or when it does not parse).
 */
export function loneCommandName(line: string): string | undefined {
  if (hasUnclosedArithmetic(line)) return undefined;
  const { ok, ast } = parsed(line);
  if (!ok) return undefined;
  const statements = (ast as { statements?: unknown[] }).statements ?? [];
  if (statements.length !== 1) return undefined;
  const statement = statements[0] as { pipelines?: unknown[]; background?: boolean };
  if (statement.background || statement.pipelines?.length !== 1) return undefined;
  const pipeline = statement.pipelines[0] as { commands?: unknown[] };
  if (pipeline.commands?.length !== 1) return undefined;
  const command = pipeline.commands[0] as {
    type?: string;
    name?: unknown;
    redirections?: unknown[];
  };
  if (command.type !== 'SimpleCommand' || (command.redirections?.length ?? 0) > 0) return undefined;
  if (containsNodeType(command, INDIRECT_NODES)) return undefined;
  return literalWord(command.name);
}

/** An odd number of backslashes at the very end continues the line (outside single quotes). */
function endsWithContinuation(line: string): boolean {
  const m = /\\+$/.exec(line);
  return m !== null && m[0].length % 2 === 1 && !insideSingleQuotes(line);
}

function insideSingleQuotes(line: string): boolean {
  let inSingle = false;
  let inDouble = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\' && !inSingle) {
      i++;
      continue;
    }
    if (ch === "'" && !inDouble) inSingle = !inSingle;
    else if (ch === '"' && !inSingle) inDouble = !inDouble;
  }
  return inSingle;
}

/** Here-documents opened in `text` whose delimiter line has not arrived yet. */
function openHeredoc(text: string): boolean {
  const lines = text.split('\n');
  const pending: Array<{ word: string; strip: boolean }> = [];
  for (const line of lines) {
    const head = pending[0];
    if (head) {
      const candidate = head.strip ? line.replace(/^\t+/, '') : line;
      if (candidate === head.word) pending.shift();
      continue;
    }
    const re = /<<(-?)\s*(['"]?)([A-Za-z0-9_.-]+)\2/g;
    for (let m = re.exec(line); m !== null; m = re.exec(line)) {
      if (line[m.index + 2] === '<') continue; // `<<<` is a here-string
      pending.push({ word: m[3] ?? '', strip: m[1] === '-' });
    }
  }
  return pending.length > 0;
}

/** True when bash would wait for more input: open quote, heredoc, `\`, trailing `|`/`&&`. */
export function needsMoreInput(text: string): boolean {
  if (text.trim() === '') return false;
  if (endsWithContinuation(text)) return true;
  if (openHeredoc(text)) return true;
  if (/(\|\||&&|\|)\s*$/.test(text)) return true;
  if (hasUnclosedArithmetic(text)) return true;
  const { ok, error: err } = parsed(text);
  if (ok) return false;
  const message = err instanceof Error ? err.message : '';
  if (/unexpected EOF|got EOF|end of file/i.test(message)) return true;
  // The parser reports a missing `done`/`fi` as an unexpected token at the very end.
  const at = /^Parse error at (\d+):(\d+)/.exec(message);
  const lines = text.split('\n');
  return at !== null && Number(at[1]) === lines.length && Number(at[2]) > (lines[lines.length - 1] ?? '').length;
}

/**
 * What an interactive bash prints for a line it cannot parse (`bash: syntax error near
 * unexpected token `fi'`), or undefined when the line parses. The shell's parser words some
 * errors its own way and numbers lines; bash at a prompt names no line.
 */
export function syntaxErrorMessage(line: string): string | undefined {
  if (hasUnclosedArithmetic(line)) return UNCLOSED_ARITHMETIC_MESSAGE;
  const { ok, error: err } = parsed(line);
  if (ok) return undefined;
  const raw = err instanceof Error ? err.message : String(err);
  const message = raw.replace(/^(line \d+: |Parse error at \d+:\d+: )/, '').replace(/^syntax error: /, '');
  if (/^(unexpected EOF while looking for matching|syntax error near unexpected token)/.test(message)) {
    return `bash: ${message}\n`;
  }
  if (/got EOF$/.test(message)) return 'bash: syntax error: unexpected end of file\n';
  if (/here-document delimiter/.test(message)) return "bash: syntax error near unexpected token `newline'\n";
  return `bash: syntax error: ${message}\n`;
}
