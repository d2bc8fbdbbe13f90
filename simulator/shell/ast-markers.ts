// Marker assignments: a rewrite of the line tells one of the node's programs something only the
// syntax tree knows (that `head` reads its output, that its stderr joins its stdout) by giving
// its simple command an assignment the program's IO takes out of its environment before the
// program runs (session.ts openIO), so the program never sees it.

import { type AstNode, isNode } from './ast-words';

function markerOf(command: AstNode, name: string): AstNode | undefined {
  return Array.isArray(command.assignments) ? (command.assignments as AstNode[]).find((a) => isNode(a) && a.name === name) : undefined;
}

function hasMarker(command: AstNode, name: string): boolean {
  return markerOf(command, name) !== undefined;
}

/** Gives `command` the marker `name=value` (an empty value only hides an inherited one). */
function setMarker(command: AstNode, name: string, value: string): void {
  if (!Array.isArray(command.assignments)) return;
  const word = { type: 'Word', parts: value === '' ? [] : [{ type: 'Literal', value }] };
  const existing = markerOf(command, name);
  if (existing) existing.value = word;
  else command.assignments.push({ type: 'Assignment', name, value: word, append: false, array: null });
}

/** Every simple command nested anywhere in `tree` (inside command substitutions of its words). */
function simpleCommandsIn(tree: unknown, found: AstNode[] = []): AstNode[] {
  if (Array.isArray(tree)) for (const item of tree) simpleCommandsIn(item, found);
  else if (isNode(tree)) {
    if (tree.type === 'SimpleCommand') found.push(tree);
    for (const value of Object.values(tree)) if (typeof value === 'object') simpleCommandsIn(value, found);
  }
  return found;
}

/**
 * Marks `command` with `name=value` and hides the marker from the commands of its words' `$(…)`:
 * the library exports a command's assignments before it expands its words, so they would
 * inherit it.
 */
export function markCommand(command: AstNode, name: string, value: string): void {
  setMarker(command, name, value);
  for (const inner of simpleCommandsIn(command.args)) if (!hasMarker(inner, name)) setMarker(inner, name, '');
  for (const inner of simpleCommandsIn(command.redirections)) if (!hasMarker(inner, name)) setMarker(inner, name, '');
}

/** The marker's value taken out of `environ`, or undefined when the program was not marked. */
export function takeMarker(environ: Record<string, string>, name: string): string | undefined {
  const value = environ[name];
  if (value === undefined) return undefined;
  delete environ[name];
  return value;
}
