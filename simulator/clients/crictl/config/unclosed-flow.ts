// What go-yaml's parser (parserc.go, the same in yaml.v2 2.4.0 and yaml.v3 3.0.1 as crictl
// 1.26.0 vendors them) says when the text ends inside a flow collection, `[` or `{`, and where.
// The scanner's STREAM-END token comes next: yaml_parser_fetch_stream_end first forces a new
// line when the last line has no newline, so its mark's 0-based line is the number of newlines,
// plus one in that case. Then:
//  - after `[`, `{`, `,` or `:` a node is due: yaml_parser_parse_node fails with "did not find
//    expected node content", context and problem both at the stream end;
//  - after an entry, yaml_parser_parse_flow_sequence_entry (mapping_key) wants the next one:
//    "did not find expected ',' or ']'" (or '}'), context at the open bracket, problem at the
//    stream end.
// yaml.v3's parser.fail prints the context's line when it is not 0, else the problem's;
// yaml.v2's the problem's first. Both leave a line of 0 out.

interface UnclosedFlow {
  problem: string;
  /** 0-based line of the parser error's context mark. */
  contextLine: number;
  /** 0-based line of its problem mark (the stream end). */
  problemLine: number;
}

/** Whether `[`/`{` at `i` opens a flow collection: it starts a node (line start, after `: `, `- `, `? ` or flow punctuation). */
function startsNode(text: string, i: number, inFlow: boolean): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j < 0 || text[j] === '\n') return true;
  const before = text[j] as string;
  if (inFlow) return '[{,:'.includes(before);
  // In block context an indicator needs a space after it (`a: [` , `- [`), and i is past one.
  return (before === ':' || before === '-' || before === '?') && j < i - 1;
}

/**
 * The parser error for `text` (a document) when it ends inside a flow collection; undefined when
 * every `[` and `{` that opens one is closed. Quoted scalars and comments are skipped.
 */
export function unclosedFlowAtEnd(text: string): UnclosedFlow | undefined {
  const open: Array<{ bracket: '[' | '{'; line: number }> = [];
  let line = 0;
  let last = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') {
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1] as string))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      // A quoted scalar, to its closing quote (a doubled '' or an escaped \" stays inside).
      for (i++; i < text.length; i++) {
        const d = text[i];
        if (d === '\n') line++;
        else if (c === '"' && d === '\\') i++;
        else if (d === c && c === "'" && text[i + 1] === "'") i++;
        else if (d === c) break;
      }
      last = 'scalar';
      continue;
    }
    if ((c === '[' || c === '{') && startsNode(text, i, open.length > 0)) {
      open.push({ bracket: c, line });
      last = c;
      continue;
    }
    if (open.length > 0 && (c === ']' || c === '}')) {
      open.pop();
      last = 'scalar';
      continue;
    }
    if (open.length > 0 && (c === ',' || (c === ':' && /[\s,\]}]/.test(text[i + 1] ?? ' ')))) {
      last = c;
      continue;
    }
    last = 'scalar';
  }
  const innermost = open[open.length - 1];
  if (!innermost) return undefined;
  const end = text.length > 0 && !text.endsWith('\n') ? line + 1 : line;
  if ('[{,:'.includes(last)) return { problem: 'did not find expected node content', contextLine: end, problemLine: end };
  const close = innermost.bracket === '[' ? ']' : '}';
  return { problem: `did not find expected ',' or '${close}'`, contextLine: innermost.line, problemLine: end };
}

/** The `line N: ` part of yaml.v3's parser.fail (context mark first). */
export function v3Line(flow: UnclosedFlow): number {
  return flow.contextLine !== 0 ? flow.contextLine : flow.problemLine;
}

/** The `line N: ` part of yaml.v2's parser.fail (problem mark first). */
export function v2Line(flow: UnclosedFlow): number {
  return flow.problemLine !== 0 ? flow.problemLine : flow.contextLine;
}
