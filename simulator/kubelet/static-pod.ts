// One manifest file → one static pod, as the kubelet's file source reads it
// (pkg/kubelet/config/file.go extractFromFile, common.go tryDecodeSinglePod and
// applyDefaults): YAML to JSON, decoded as a v1 Pod, then
//   - the name gets `-<nodeName>` (generatePodName), the namespace defaults to `default`;
//   - the UID, unless the manifest sets one, is the MD5 of "host:<node>", "file:<path>" and
//     the decoded pod (Go's DeepHashObject of the struct; here a canonical JSON of it, so the
//     same file gives the same UID and any change gives a new one, as on a real node);
//   - annotations kubernetes.io/config.hash (= the UID) and kubernetes.io/config.source=file;
//   - the API's defaults (restartPolicy Always, imagePullPolicy from the tag, 30 s grace…).
// Errors are the kubelet's texts; the caller logs them as "Could not process manifest file".

import { type Document, parseAllDocuments } from 'yaml';
import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { EnvVar, Pod, PodContainer, PullPolicy, RestartPolicy, Volume, VolumeMount } from './pod-spec';

const CONFIG_HASH_ANNOTATION = 'kubernetes.io/config.hash';
const CONFIG_SOURCE_ANNOTATION = 'kubernetes.io/config.source';
export const CONFIG_SEEN_ANNOTATION = 'kubernetes.io/config.seen';

export type DecodeResult = { ok: true; pod: Pod } | { ok: false; error: string };

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** JSON with keys sorted at every level: what the UID hashes. */
function canonical(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
  if (isObject(x)) {
    return `{${Object.keys(x)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(x[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(x) ?? 'null';
}

/** sigs.k8s.io/yaml's YAMLToJSON of the first document, or go-yaml's style of error. */
function yamlToJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { uniqueKeys: false }) as Document.Parsed[];
  } catch (err) {
    return { ok: false, error: `yaml: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
  }
  const first = docs[0];
  if (!first) return { ok: true, value: null };
  const problem = first.errors[0];
  if (problem) {
    const line = problem.linePos?.[0]?.line;
    const message = problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'error';
    return { ok: false, error: line ? `yaml: line ${line}: ${message}` : `yaml: ${message}` };
  }
  return { ok: true, value: first.toJS({ maxAliasCount: 100 }) };
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function strings(x: unknown): string[] | undefined {
  return Array.isArray(x) ? x.map((s) => String(s)) : undefined;
}

function stringMap(x: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObject(x)) for (const [k, value] of Object.entries(x)) out[k] = String(value);
  return out;
}

/** The image's tag decides the default pull policy (latest or none: Always). */
function defaultPullPolicy(image: string): PullPolicy {
  if (image.includes('@')) return 'IfNotPresent';
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const tag = lastSegment.includes(':') ? lastSegment.slice(lastSegment.indexOf(':') + 1) : '';
  return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function decodeContainer(raw: Json, index: number, errors: string[], field = 'containers'): PodContainer {
  const path = `spec.${field}[${index}]`;
  const name = typeof raw.name === 'string' ? raw.name : '';
  if (name === '') errors.push(`${path}.name: Required value`);
  else if (!DNS_LABEL.test(name) || name.length > 63) {
    errors.push(`${path}.name: Invalid value: ${JSON.stringify(name)}: a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`);
  }
  const image = typeof raw.image === 'string' ? raw.image : '';
  if (image.trim() === '') errors.push(`${path}.image: Required value`);
  const policy = raw.imagePullPolicy;
  let imagePullPolicy = defaultPullPolicy(image);
  if (policy === 'Always' || policy === 'IfNotPresent' || policy === 'Never') imagePullPolicy = policy;
  else if (policy !== undefined) errors.push(`${path}.imagePullPolicy: Unsupported value: ${JSON.stringify(String(policy))}: supported values: "Always", "IfNotPresent", "Never"`);
  const env: EnvVar[] = Array.isArray(raw.env)
    ? raw.env.filter(isObject).map((e) => ({ name: String(e.name ?? ''), ...(e.value !== undefined ? { value: String(e.value) } : {}) }))
    : [];
  const ports = Array.isArray(raw.ports)
    ? raw.ports.filter(isObject).map((p) => ({
        containerPort: Number(p.containerPort ?? 0),
        ...(p.hostPort !== undefined ? { hostPort: Number(p.hostPort) } : {}),
        ...(typeof p.name === 'string' ? { name: p.name } : {}),
        ...(typeof p.hostIP === 'string' ? { hostIP: p.hostIP } : {}),
        protocol: (p.protocol === 'UDP' || p.protocol === 'SCTP' ? p.protocol : 'TCP') as 'TCP' | 'UDP' | 'SCTP',
      }))
    : [];
  const volumeMounts: VolumeMount[] = Array.isArray(raw.volumeMounts)
    ? raw.volumeMounts.filter(isObject).map((m) => ({
        name: String(m.name ?? ''),
        mountPath: String(m.mountPath ?? ''),
        ...(m.readOnly === true ? { readOnly: true } : {}),
      }))
    : [];
  volumeMounts.forEach((m, i) => {
    if (m.mountPath === '') errors.push(`${path}.volumeMounts[${i}].mountPath: Required value`);
  });
  const security = isObject(raw.securityContext) ? raw.securityContext : undefined;
  const resources = isObject(raw.resources) ? raw.resources : undefined;
  return {
    name,
    image,
    ...(strings(raw.command) ? { command: strings(raw.command) } : {}),
    ...(strings(raw.args) ? { args: strings(raw.args) } : {}),
    ...(typeof raw.workingDir === 'string' ? { workingDir: raw.workingDir } : {}),
    ...(env.length > 0 ? { env } : {}),
    ...(ports.length > 0 ? { ports } : {}),
    ...(volumeMounts.length > 0 ? { volumeMounts } : {}),
    imagePullPolicy,
    terminationMessagePath: typeof raw.terminationMessagePath === 'string' ? raw.terminationMessagePath : '/dev/termination-log',
    terminationMessagePolicy: typeof raw.terminationMessagePolicy === 'string' ? raw.terminationMessagePolicy : 'File',
    ...(resources ? { resources: { limits: stringMap(resources.limits), requests: stringMap(resources.requests) } } : {}),
    ...(security
      ? {
          securityContext: {
            ...(typeof security.privileged === 'boolean' ? { privileged: security.privileged } : {}),
            ...(typeof security.runAsUser === 'number' ? { runAsUser: security.runAsUser } : {}),
            ...(typeof security.runAsGroup === 'number' ? { runAsGroup: security.runAsGroup } : {}),
            ...(typeof security.readOnlyRootFilesystem === 'boolean' ? { readOnlyRootFilesystem: security.readOnlyRootFilesystem } : {}),
          },
        }
      : {}),
    ...(raw.tty === true ? { tty: true } : {}),
    ...(raw.stdin === true ? { stdin: true } : {}),
    ...(raw.stdinOnce === true ? { stdinOnce: true } : {}),
  };
}

/** hostPath and emptyDir volumes; any other source is refused (it needs an API server). */
function decodeVolumes(raw: unknown, errors: string[]): Volume[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).map((v, i) => {
    const name = typeof v.name === 'string' ? v.name : '';
    if (name === '') errors.push(`spec.volumes[${i}].name: Required value`);
    if (isObject(v.hostPath)) {
      const hostPath = String(v.hostPath.path ?? '');
      if (!hostPath.startsWith('/')) errors.push(`spec.volumes[${i}].hostPath.path: Invalid value: ${JSON.stringify(hostPath)}: must be an absolute path`);
      return { name, hostPath: { path: hostPath, ...(typeof v.hostPath.type === 'string' ? { type: v.hostPath.type } : {}) } };
    }
    if (isObject(v.emptyDir) || v.emptyDir === null) return { name, emptyDir: {} };
    errors.push(`spec.volumes[${i}]: Required value: must specify a volume type`);
    return { name };
  });
}

/** runtime.Decode's complaints about the type fields, as the universal decoder words them. */
function typeError(obj: Json, json: string): string | undefined {
  const kind = obj.kind;
  const apiVersion = obj.apiVersion;
  if (typeof kind !== 'string' || kind === '') return `Object 'Kind' is missing in '${json}'`;
  if (typeof apiVersion !== 'string' || apiVersion === '') return `Object 'apiVersion' is missing in '${json}'`;
  if (kind !== 'Pod' || apiVersion !== 'v1') {
    return `no kind ${JSON.stringify(kind)} is registered for version ${JSON.stringify(apiVersion)} in scheme "pkg/api/legacyscheme/scheme.go:30"`;
  }
  return undefined;
}

/**
 * Decodes the file at `path` as the static pod of node `nodeName`. A file that is not a Pod
 * fails with `<path>: couldn't parse as pod(<why>), please check config file`; a Pod that
 * fails validation with `invalid pod: [...]`.
 */
export function decodeStaticPod(text: string, path: string, nodeName: string): DecodeResult {
  const notParsed = (why: string): DecodeResult => ({ ok: false, error: `${path}: couldn't parse as pod(${why}), please check config file` });
  const converted = yamlToJson(text);
  if (!converted.ok) return notParsed(converted.error);
  const json = JSON.stringify(converted.value) ?? 'null';
  if (!isObject(converted.value)) return notParsed(`Object 'Kind' is missing in '${json}'`);
  const obj = converted.value;
  const wrongType = typeError(obj, json);
  if (wrongType) return notParsed(wrongType);
  const metadata = isObject(obj.metadata) ? obj.metadata : {};
  const spec = isObject(obj.spec) ? obj.spec : {};
  const rawName = typeof metadata.name === 'string' ? metadata.name : '';
  if (rawName === '') return { ok: false, error: 'invalid pod: name is needed for the pod' };

  const errors: string[] = [];
  const name = `${rawName}-${nodeName.toLowerCase()}`;
  const namespace = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : 'default';
  if (!DNS_SUBDOMAIN.test(name) || name.length > 253) {
    errors.push(`metadata.name: Invalid value: ${JSON.stringify(name)}: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`);
  }
  if (!DNS_LABEL.test(namespace)) errors.push(`metadata.namespace: Invalid value: ${JSON.stringify(namespace)}: a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-'`);
  const rawContainers = Array.isArray(spec.containers) ? spec.containers.filter(isObject) : [];
  if (rawContainers.length === 0) errors.push('spec.containers: Required value');
  const containers = rawContainers.map((c, i) => decodeContainer(c, i, errors));
  const initContainers = (Array.isArray(spec.initContainers) ? spec.initContainers.filter(isObject) : []).map((c, i) =>
    decodeContainer(c, i, errors, 'initContainers'),
  );
  const volumes = decodeVolumes(spec.volumes, errors);
  for (const [field, list] of [['initContainers', initContainers], ['containers', containers]] as const) {
    list.forEach((c, ci) =>
      (c.volumeMounts ?? []).forEach((m, i) => {
        if (!volumes.some((v) => v.name === m.name)) errors.push(`spec.${field}[${ci}].volumeMounts[${i}].name: Not found: ${JSON.stringify(m.name)}`);
      }),
    );
  }
  const seen = new Set<string>();
  [...initContainers.map((c, i) => ({ c, path: `spec.initContainers[${i}]` })), ...containers.map((c, i) => ({ c, path: `spec.containers[${i}]` }))].forEach(
    ({ c, path }) => {
      if (c.name !== '' && seen.has(c.name)) errors.push(`${path}.name: Duplicate value: ${JSON.stringify(c.name)}`);
      seen.add(c.name);
    },
  );
  let restartPolicy: RestartPolicy = 'Always';
  if (spec.restartPolicy === 'OnFailure' || spec.restartPolicy === 'Never' || spec.restartPolicy === 'Always') restartPolicy = spec.restartPolicy;
  else if (spec.restartPolicy !== undefined) {
    errors.push(`spec.restartPolicy: Unsupported value: ${JSON.stringify(String(spec.restartPolicy))}: supported values: "Always", "OnFailure", "Never"`);
  }
  if (errors.length > 0) return { ok: false, error: `invalid pod: [${errors.join(', ')}]` };

  const uid =
    typeof metadata.uid === 'string' && metadata.uid !== ''
      ? metadata.uid
      : bytesToHex(md5(utf8ToBytes(`host:${nodeName}file:${path}${canonical({ ...obj, metadata: { ...metadata, name, namespace } })}`)));
  const grace = spec.terminationGracePeriodSeconds;
  const pod: Pod = {
    metadata: {
      name,
      namespace,
      uid,
      labels: stringMap(metadata.labels),
      annotations: { ...stringMap(metadata.annotations), [CONFIG_HASH_ANNOTATION]: uid, [CONFIG_SOURCE_ANNOTATION]: 'file' },
    },
    spec: {
      ...(initContainers.length > 0 ? { initContainers } : {}),
      containers,
      ...(volumes.length > 0 ? { volumes } : {}),
      restartPolicy,
      hostNetwork: spec.hostNetwork === true,
      terminationGracePeriodSeconds: typeof grace === 'number' && grace >= 0 ? Math.floor(grace) : 30,
      dnsPolicy: typeof spec.dnsPolicy === 'string' ? spec.dnsPolicy : 'ClusterFirst',
      ...(typeof spec.hostname === 'string' ? { hostname: spec.hostname } : {}),
      ...(typeof spec.subdomain === 'string' ? { subdomain: spec.subdomain } : {}),
    },
  };
  return { ok: true, pod };
}
