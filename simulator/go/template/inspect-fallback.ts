// The inspect commands' second chance: when a template fails on the typed object, docker and
// nerdctl run it again on the object's JSON decoded with UseNumber into interface{}, with
// Option("missingkey=error"), so `{{.Id}}` (the JSON name) works where the Go field is `ID`.
// docker/cli@v20.10.24 cli/command/inspect/inspector.go:84-120 (Inspect, tryRawInspectFallback)
// and containerd/nerdctl@v0.22.2 cmd/nerdctl/fmtutil.go:75-111 (formatSlice, tryRawFormat);
// nerdctl keeps what the failed typed run had written before the raw run's output.

import { goJsonMarshal } from '../json';
import { GoTemplateError } from './errors';
import type { GoTemplate } from './go-template';
import { GoNamedString, goMap } from './values';

export interface InspectTemplateOptions {
  /** nerdctl writes the failed typed run's partial output first (its buffer is not reset). */
  keepPartial?: boolean;
}

/**
 * Executes `tmpl` on `typed`; on an execution error, on `typed`'s JSON decoded with UseNumber
 * (missingkey=error). A second failure throws `template parsing error: …` as both tools print.
 */
export function executeInspectTemplate(tmpl: GoTemplate, typed: unknown, options: InspectTemplateOptions = {}): string {
  try {
    return tmpl.execute(typed);
  } catch (e) {
    if (!(e instanceof GoTemplateError)) throw e;
  }
  const partial = options.keepPartial ? tmpl.executePartial(typed) : '';
  const raw = decodeJsonUseNumber(goJsonMarshal(typed));
  try {
    return partial + tmpl.withMissingKey('error').execute(raw);
  } catch (e) {
    if (e instanceof GoTemplateError) throw new GoTemplateError(`template parsing error: ${e.message}`);
    throw e;
  }
}

/**
 * json.Decoder with UseNumber into interface{}: objects become map[string]interface {},
 * numbers json.Number (their literal text), the rest strings, bools and nil.
 */
export function decodeJsonUseNumber(text: string): unknown {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return goMap(obj);
      }
      for (;;) {
        ws();
        const k = value() as string;
        ws();
        i++; // ':'
        obj[k] = value();
        ws();
        if (text[i++] === '}') return goMap(obj);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value());
        ws();
        if (text[i++] === ']') return arr;
      }
    }
    if (c === '"') {
      const m = /^"(?:[^"\\]|\\.)*"/su.exec(text.slice(i));
      const s = m?.[0] ?? '""';
      i += s.length;
      return JSON.parse(s) as string;
    }
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    const tok = m?.[0] ?? '';
    if (tok === '') throw new GoTemplateError(`unable to read inspect data: invalid character ${JSON.stringify(c ?? '')}`);
    i += tok.length;
    if (tok === 'true') return true;
    if (tok === 'false') return false;
    if (tok === 'null') return null;
    return new GoNamedString(tok, 'json.Number');
  };
  return value();
}
