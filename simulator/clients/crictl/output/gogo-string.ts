// The String() that gogo-protobuf generates for every runtime.v1 message (api.pb.go in
// k8s.io/cri-api v0.26.0): `&Type{Field:value,Other:&Sub{…},List:[]*Item{&Item{…},},Map:
// map[string]string{k: v,},}`. crictl's --debug lines print requests and responses with it
// (`logrus.Debugf("VersionRequest: %v", request)`), and the CRI client's klog lines their filters.

import { ENUMS, MESSAGES } from './cri-schema';

// gogo renames a field that would clash with a generated method: Image.size is `Size_`.
const goName = (json: string): string => (json === 'size' ? 'Size_' : json.charAt(0).toUpperCase() + json.slice(1));

function scalar(type: string, v: unknown): string {
  const names = ENUMS[type];
  if (names) return typeof v === 'string' ? v : (names[typeof v === 'number' ? v : 0] ?? String(v ?? 0));
  if (type === 'bool') return v === true ? 'true' : 'false';
  if (type === 'string' || type === 'bytes') return typeof v === 'string' ? v : '';
  return v === undefined || v === null || v === '' ? '0' : String(v);
}

function field(type: string, v: unknown): string {
  if (type.endsWith('[]')) {
    const item = type.slice(0, -2);
    const list = Array.isArray(v) ? v : [];
    if (MESSAGES[item]) return `[]*${item}{${list.map((x) => `${gogoString(item, x)},`).join('')}}`;
    return `[${list.map((x) => scalar(item, x)).join(' ')}]`;
  }
  if (type.startsWith('map:')) {
    const item = type.slice(4);
    const map = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
    const keys = Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const valueType = MESSAGES[item] ? `*${item}` : item;
    return `map[string]${valueType}{${keys.map((k) => `${k}: ${MESSAGES[item] ? gogoString(item, map[k]) : scalar(item, map[k])},`).join('')}}`;
  }
  if (MESSAGES[type]) return gogoString(type, v);
  return scalar(type, v);
}

/** `&Type{…}` for a message object, `nil` for an absent one. */
export function gogoString(type: string, obj: unknown): string {
  if (obj === undefined || obj === null) return 'nil';
  const fields = MESSAGES[type] ?? [];
  const record = obj as Record<string, unknown>;
  return `&${type}{${fields.map(([name, t]) => `${goName(name)}:${field(t, record[name])},`).join('')}}`;
}
