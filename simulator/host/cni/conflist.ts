// A network configuration list as libcni reads it (containernetworking/cni v1.1 libcni/conf.go
// ConfListFromBytes): JSON with a name, a cniVersion and a non-empty plugins array; each
// plugin gets the list's name and cniVersion injected before it runs.

import { CniError } from './cni-types';

export interface ConfList {
  name: string;
  cniVersion: string;
  plugins: Array<Record<string, unknown> & { type: string }>;
  /** The bytes as given (the result cache keeps them). */
  bytes: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);

function parseError(detail: string): CniError {
  return new CniError(1, `error parsing configuration list: ${detail}`);
}

/** Parses conflist text (or an already parsed object); throws CniError worded as libcni words it. */
export function parseConfList(input: string | Json): ConfList {
  let raw: unknown = input;
  const bytes = typeof input === 'string' ? input : JSON.stringify(input);
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch {
      throw parseError('unexpected end of JSON input');
    }
  }
  const list = obj(raw);
  if (!list) throw parseError('json: cannot unmarshal into Go value of type map[string]interface {}');
  if (typeof list.name !== 'string' || list.name === '') throw parseError('no name');
  if (!('plugins' in list)) throw parseError("no 'plugins' key");
  if (!Array.isArray(list.plugins)) throw parseError(`invalid 'plugins' type ${typeof list.plugins}`);
  if (list.plugins.length === 0) throw parseError('no plugins in list');
  const plugins = list.plugins.map((p, i) => {
    const plugin = obj(p);
    if (!plugin) throw new CniError(1, `failed to marshal plugin config ${i}`);
    if (typeof plugin.type !== 'string' || plugin.type === '') throw new CniError(1, `failed to parse plugin config ${i}: missing 'type'`);
    return plugin as Json & { type: string };
  });
  return { name: list.name, cniVersion: typeof list.cniVersion === 'string' ? list.cniVersion : '0.1.0', plugins, bytes };
}
