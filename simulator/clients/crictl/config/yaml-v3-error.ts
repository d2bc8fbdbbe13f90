// gopkg.in/yaml.v3's wording for the syntax errors a hand-edited crictl.yaml most often has,
// derived from the `yaml` package's error codes. yaml.v3 (decode.go's parser.fail) prints
// `yaml: line N: <problem>`, where N is the 0-based line of the error's context mark, or of its
// problem mark when that is 0, plus one for scanner errors, and the `line N: ` part is left out
// when the line is 0 (so an error on the first line has no line number). Errors not recognised
// here keep the `yaml` package's words.

import type { YAMLError } from 'yaml';
import { unclosedFlowAtEnd, v3Line } from './unclosed-flow';

export interface YamlV3Error {
  message: string;
  /** False when the text is the `yaml` package's, not yaml.v3's. */
  exact: boolean;
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split('\n').length - 1;
}

function v3(problem: string, zeroBasedLine: number, scanner: boolean): string {
  if (zeroBasedLine === 0) return `yaml: ${problem}`;
  return `yaml: line ${scanner ? zeroBasedLine + 1 : zeroBasedLine}: ${problem}`;
}

export function yamlV3Error(text: string, error: YAMLError): YamlV3Error {
  const [start] = error.pos;
  // The text ends inside `[…` or `{…` (unclosed-flow.ts says which error and where).
  const flow = /^Flow (sequence|map)/.test(error.message) ? unclosedFlowAtEnd(text) : undefined;
  if (flow) return { message: v3(flow.problem, v3Line(flow), false), exact: true };
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      // The scanner stops at the `:` that starts a second mapping value.
      const rest = text.slice(start);
      const m = /:(?=[ \t\n]|$)/.exec(rest);
      const at = m ? start + m.index : start;
      return { message: v3('mapping values are not allowed in this context', lineAt(text, at), true), exact: true };
    }
    case 'TAB_AS_INDENT':
      return { message: v3('found character that cannot start any token', lineAt(text, start), true), exact: true };
    case 'MISSING_CHAR':
      if (/quote/.test(error.message)) return { message: v3('found unexpected end of stream', lineAt(text, text.length), true), exact: true };
      break;
    case 'BAD_INDENT':
      if (/^Flow sequence/.test(error.message)) return { message: v3("did not find expected ',' or ']'", lineAt(text, text.length), false), exact: false };
      if (/^Flow map/.test(error.message)) return { message: v3("did not find expected ',' or '}'", lineAt(text, text.length), false), exact: false };
      if (/same column/.test(error.message)) return { message: v3('did not find expected key', lineAt(text, start), false), exact: true };
      break;
  }
  return { message: `yaml: line ${lineAt(text, start) + 1}: ${error.message}`, exact: false };
}
