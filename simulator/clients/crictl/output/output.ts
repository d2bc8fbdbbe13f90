// crictl's shared printers (cmd/crictl/util.go@v1.26.0), for every command that prints CRI
// messages: outputProtobufObjAsJSON/YAML (util.go:190-212) for `-o json|yaml` of ps, pods,
// images, stats, statsp; outputStatusInfo (util.go:214-258) for inspect, inspectp, inspecti,
// info and imagefsinfo (status JSON, then each info value, JSON if it parses, else as a
// string, re-indented; or YAML; or a go-template); marshalMapInOrder (util.go:272-296) for the
// status of inspect and inspectp, whose times crictl rewrites before printing.

import type { CommandIO } from '../../../cli/spec';
import { plain } from '../../../errdefs/errdefs';
import { MESSAGES } from './cri-schema';
import { goJsonDecode, goJsonIndent, goJsonMarshal, GoJsonSyntaxError, isGoJson, type GoJsonValue } from './go-json';
import { executeTemplate, TemplateError } from './go-template';
import { protobufToJson } from './protobuf-json';
import { jsonToYaml } from './yaml';


/** A CRI message type name of runtime.v1 (`ListContainersResponse`, `ContainerStatus`, …). */
export type CriMessageType = keyof typeof MESSAGES & string;

/** A failure crictl returns from its printing (then printed as FATA by main). */
function outputError(err: unknown): Error {
  if (err instanceof TemplateError || err instanceof GoJsonSyntaxError) return plain(err.message);
  throw err;
}

/** protobufObjectToJSON (util.go:181): jsonpb with EmitDefaults and a two-space indent. */
export function protobufObjectToJson(type: CriMessageType, obj: object): string {
  return protobufToJson(type, obj);
}

/**
 * outputProtobufObjAsJSON / outputProtobufObjAsYAML: `format` is "json" or "yaml"; fmt.Println
 * adds the newline after the JSON, and one more after the YAML, whose text already ends in one.
 */
export function printProtobuf(io: CommandIO, type: CriMessageType, obj: object, format: 'json' | 'yaml'): void {
  const json = protobufToJson(type, obj);
  io.stdout(format === 'json' ? `${json}\n` : `${jsonToYaml(json)}\n`);
}

/**
 * outputStatusInfo (util.go:214-258): `status` is JSON text (protobufObjectToJson or
 * marshalMapInOrder), `info` the response's verbose map. Formats other than json, yaml and
 * go-template print `Don't support "<format>" format` and succeed, as crictl does.
 * Throws the error crictl returns (bad template, info that breaks the JSON).
 */
export function outputStatusInfo(io: CommandIO, status: string, info: Readonly<Record<string, string>> | undefined, format: string, template: string): void {
  const keys = Object.keys(info ?? {}).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let json = `{"status":${status},`;
  for (const k of keys) {
    const v = info?.[k] ?? '';
    json += isGoJson(v) ? `"${k}":${v},` : `"${k}":"${v}",`;
  }
  json = `${json.slice(0, -1)}}`;
  try {
    if (format === 'yaml') io.stdout(`${jsonToYaml(json)}\n`);
    else if (format === 'json') io.stdout(`${goJsonIndent(json, '  ')}\n`);
    else if (format === 'go-template') io.stdout(`${executeTemplate(template, goJsonDecode(json))}\n`);
    else io.stdout(`Don't support ${JSON.stringify(format)} format\n`);
  } catch (err) {
    throw outputError(err);
  }
}

/**
 * marshalMapInOrder (util.go:272-296): `map` (a message's JSON decoded, some values replaced)
 * printed with the message's fields in declaration order, each value re-marshalled by
 * encoding/json (nested keys sorted), the whole re-indented by json.Indent.
 */
export function marshalMapInOrder(map: Readonly<Record<string, GoJsonValue>>, type: CriMessageType): string {
  const fields = MESSAGES[type] ?? [];
  const body = fields.map(([name]) => `"${name}":${goJsonMarshal(map[name] ?? null)}`).join(',');
  return goJsonIndent(`{${body}}`, '  ');
}
