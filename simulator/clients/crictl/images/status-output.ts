// outputStatusInfo (cmd/crictl/util.go:214-258 @v1.26.0) for inspecti and imagefsinfo: the
// status and its info as indented JSON, as YAML (sigs.k8s.io/yaml's JSONToYAML), or through a
// Go template (only `{{.field.path}}` actions here), each followed by fmt.Println's newline.

import { plain } from '../../../errdefs/errdefs';
import type { CrictlContext } from '../crictl-env';
import { statusInfoJson } from './protobuf-output';
import { jsonToYaml } from './yaml-output';

/** Go's %v of a value json.Unmarshal made (maps as map[k:v] with sorted keys). */
function goPrint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goPrint).join(' ')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `map[${Object.keys(o)
      .sort()
      .map((k) => `${k}:${goPrint(o[k])}`)
      .join(' ')}]`;
  }
  return String(v);
}

/** tmplExecuteRawJSON for templates made of text and `{{.a.b}}` actions. */
function executeTemplate(template: string, json: string): string {
  const data: unknown = JSON.parse(json);
  return template.replace(/\{\{-?\s*([^}]*?)\s*-?\}\}/g, (_all, action: string) => {
    if (action === '.') return goPrint(data);
    if (!/^(\.[A-Za-z0-9_]+)+$/.test(action)) throw plain(`template: tmplExecuteRawJSON:1: function ${JSON.stringify(action.split(/\s+/)[0] ?? '')} not defined`);
    let v: unknown = data;
    for (const key of action.slice(1).split('.')) {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return '<no value>';
      v = (v as Record<string, unknown>)[key];
      if (v === undefined) return '<no value>';
    }
    return goPrint(v);
  });
}

export function outputStatusInfo(c: CrictlContext, statusJson: string, info: Readonly<Record<string, string>> | undefined, format: string, template: string): void {
  const json = statusInfoJson(statusJson, info);
  if (format === 'yaml') c.io.stdout(`${jsonToYaml(json)}\n`);
  else if (format === 'json') c.io.stdout(`${json}\n`);
  else if (format === 'go-template') c.io.stdout(`${executeTemplate(template, json)}\n`);
  else c.io.stdout(`Don't support ${JSON.stringify(format)} format\n`);
}
