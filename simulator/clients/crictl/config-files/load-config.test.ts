// crictl 1.26.0's config loading (cmd/crictl/util.go:142-179, apimachinery util/yaml
// decoder.go:276-293, sigs.k8s.io/yaml v1.3.0 yaml.go:46-80, Go 1.19 encoding/json).

import { describe, expect, it } from 'vitest';
import { textToBinary, type Files } from '../../../host/vfs';
import { NOTES_POD_CONFIG } from '../test-support';
import { loadContainerConfig, loadPodSandboxConfig } from './index';

function filesWith(entries: Record<string, string>): Files {
  const files: Files = { '/': { kind: 'dir', mode: 0o755, mtimeMs: 0 } } as Files;
  files['/root'] = { kind: 'dir', mode: 0o755, mtimeMs: 0 } as Files[string];
  for (const [path, text] of Object.entries(entries)) {
    files[path] = { kind: 'file', mode: 0o644, mtimeMs: 0, content: textToBinary(text) } as Files[string];
  }
  return files;
}

const at = (entries: Record<string, string>) => ({ files: filesWith(entries), cwd: '/root' });
const pod = (text: string) => loadPodSandboxConfig(at({ '/root/p': text }), 'p');
const ctr = (text: string) => loadContainerConfig(at({ '/root/c': text }), 'c');
const messageOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  return 'no error';
};
const podError = (text: string) => messageOf(() => pod(text));
/** The error of a pod config given as the file's bytes (one char per byte), not as UTF-8 text. */
function podBytesError(bytes: string): string {
  const files = filesWith({});
  files['/root/p'] = { kind: 'file', mode: 0o644, mtimeMs: 0, content: bytes } as Files[string];
  return messageOf(() => loadPodSandboxConfig({ files, cwd: '/root' }, 'p'));
}
const yamlError = (m: string) => `error converting YAML to JSON: yaml: ${m}`;
/** Each input's error is sigs.k8s.io/yaml's wrapping of yaml.v2's `message`. */
function expectYamlErrors(errorFor: (input: string) => string, cases: Array<[string, string]>): void {
  for (const [input, message] of cases) expect([input, errorFor(input)]).toEqual([input, yamlError(message)]);
}

// The notes' pod-config.json as a file: with its last newline.
const NOTES_POD = `${NOTES_POD_CONFIG}\n`;

describe('loadPodSandboxConfig', () => {
  it('reads the notes\' JSON with snake_case keys into protobuf-JSON names', () => {
    expect(pod(NOTES_POD)).toEqual({
      metadata: { name: 'nginx-sandbox', namespace: 'default', attempt: 1, uid: 'hdishd83djaidwnduwk28bcsb' },
      logDirectory: '/tmp',
      linux: {},
    });
  });

  it('reads every field a learner uses, in YAML', () => {
    const config = pod(`metadata:
  name: web
  namespace: default
  uid: u1
hostname: web-host
log_directory: /var/log/pods/web
dns_config:
  servers: [8.8.8.8]
  searches: [svc.cluster.local]
  options: [ndots:5]
port_mappings:
  - container_port: 80
    host_port: 8080
    protocol: 0
labels:
  app: web
  tier: 1
annotations:
  note: yes
linux:
  security_context:
    namespace_options:
      network: 2
    run_as_user:
      value: 1000
    supplemental_groups: [10, 20]
  resources:
    cpu_shares: 512
    memory_limit_in_bytes: 67108864
`);
    expect(config).toEqual({
      metadata: { name: 'web', namespace: 'default', uid: 'u1' },
      hostname: 'web-host',
      logDirectory: '/var/log/pods/web',
      dnsConfig: { servers: ['8.8.8.8'], searches: ['svc.cluster.local'], options: ['ndots:5'] },
      portMappings: [{ containerPort: 80, hostPort: 8080, protocol: 'TCP' }],
      // sigs.k8s.io/yaml writes numbers and booleans going to string fields as strings.
      labels: { app: 'web', tier: '1' },
      annotations: { note: 'true' },
      linux: {
        securityContext: { namespaceOptions: { network: 'NODE' }, runAsUser: { value: '1000' }, supplementalGroups: ['10', '20'] },
        resources: { cpuShares: '512', memoryLimitInBytes: '67108864' },
      },
    });
  });

  it('matches keys case-insensitively on the json tag only: camelCase keys are unknown and dropped', () => {
    expect(pod('{"Metadata": {"NAME": "a"}, "logDirectory": "/x", "bogus": 1}')).toEqual({ metadata: { name: 'a' } });
  });

  it('a later duplicate key decodes into what the first filled', () => {
    expect(pod('{"metadata": {"name": "a"}, "metadata": {"uid": "b"}}')).toEqual({ metadata: { name: 'a', uid: 'b' } });
  });

  it('wrong types fail with Go 1.19 UnmarshalTypeError texts', () => {
    expect(podError('{"metadata": {"attempt": "1"}}')).toBe(
      'json: cannot unmarshal string into Go struct field PodSandboxMetadata.metadata.attempt of type uint32',
    );
    expect(podError('{"metadata": {"attempt": -1}}')).toBe(
      'json: cannot unmarshal number -1 into Go struct field PodSandboxMetadata.metadata.attempt of type uint32',
    );
    expect(podError('{"metadata": "x"}')).toBe(
      'json: cannot unmarshal string into Go struct field PodSandboxConfig.metadata of type v1.PodSandboxMetadata',
    );
    expect(podError('{"labels": {"a": 1}}')).toBe('json: cannot unmarshal number into Go struct field PodSandboxConfig.labels of type string');
    expect(podError('{"port_mappings": [{"protocol": "TCP"}]}')).toBe(
      'json: cannot unmarshal string into Go struct field PortMapping.port_mappings.protocol of type v1.Protocol',
    );
    expect(podError('{"port_mappings": {}}')).toBe(
      'json: cannot unmarshal object into Go struct field PodSandboxConfig.port_mappings of type []*v1.PortMapping',
    );
  });

  it('the YAML path wraps them as sigs.k8s.io/yaml does', () => {
    expect(podError('metadata:\n  attempt: one\n')).toBe(
      'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field PodSandboxMetadata.metadata.attempt of type uint32',
    );
    expect(podError('just words\n')).toBe(
      'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type v1.PodSandboxConfig',
    );
    expect(podError('[1, 2]\n')).toBe(
      'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type v1.PodSandboxConfig',
    );
  });

  it('JSON syntax errors carry the byte offset (decoder.go:286)', () => {
    expect(podError('{"metadata": }')).toBe("json: offset 14: invalid character '}' looking for beginning of value");
    expect(podError('{"a" 1}')).toBe("json: offset 6: invalid character '1' after object key");
    expect(podError('{"a": 1,}')).toBe("json: offset 9: invalid character '}' looking for beginning of object key string");
    expect(podError('{"a": tru}')).toBe("json: offset 10: invalid character '}' in literal true (expecting 'e')");
    expect(podError('{"metadata": {"name": "a"')).toBe('unexpected EOF');
  });

  it('nesting: any depth up to Go\'s 10000 (scanner.go maxNestingDepth), then a syntax error', () => {
    expect(pod(`{"x":${'['.repeat(9999)}${']'.repeat(9999)}}`)).toEqual({});
    expect(podError(`{"x":${'['.repeat(10000)}`)).toBe(`json: offset ${5 + 10000}: invalid character '[' exceeded max depth`);
    expect(podError(`x: ${'['.repeat(20000)}${']'.repeat(20000)}\n`)).toBe('error converting YAML to JSON: yaml: exceeded max depth of 10000');
  });

  it('only the first value (JSON) or document (YAML) is read', () => {
    expect(pod('{"hostname": "a"} trailing junk')).toEqual({ hostname: 'a' });
    expect(pod('hostname: a\n---\nhostname: b\n')).toEqual({ hostname: 'a' });
    expect(pod('---\nhostname: b\n')).toEqual({ hostname: 'b' });
    expect(podError('hostname: a\n--- x\n')).toBe('invalid Yaml document separator: x');
  });

  it('YAML syntax errors read like gopkg.in/yaml.v2', () => {
    expect(podError('metadata:\n\tname: x\n')).toBe('error converting YAML to JSON: yaml: line 2: found character that cannot start any token');
    // decode.go fail(): a first-line scanner error prints no line; a parser error the line before.
    expect(podError('a: b: c\n')).toBe('error converting YAML to JSON: yaml: mapping values are not allowed in this context');
    expect(podError('x: 1\na: b: c\n')).toBe('error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context');
    expect(podError('metadata:\n  name: a\n uid: b\n')).toBe('error converting YAML to JSON: yaml: line 2: did not find expected key');
    expect(podError('a: b\nc\n')).toBe("error converting YAML to JSON: yaml: line 3: could not find expected ':'");
  });

  it('a document that ends inside [ or { reads like gopkg.in/yaml.v2 2.4.0 (parserc.go; decode.go fail: problem line first)', () => {
    // cri-tools v1.26.0 vendors sigs.k8s.io/yaml 1.3.0 over yaml.v2: after [, {, , or : a node is
    // due (yaml_parser_parse_node: "did not find expected node content"), after an entry the
    // next ',' (yaml_parser_parse_flow_sequence_entry / mapping_key); the problem is at the
    // stream end, the line fail() prints first.
    expectYamlErrors(podError, [
      ['metadata: [\n', 'line 1: did not find expected node content'],
      ['metadata: {\n', 'line 1: did not find expected node content'],
      ['labels: {a: b\n', "line 1: did not find expected ',' or '}'"],
      ['hostname: x\ndns_config:\n  servers: [1.1.1.1, 8.8.8.8\n', "line 3: did not find expected ',' or ']'"],
      ['hostname: x\nlabels: {a: b,\n', 'line 2: did not find expected node content'],
    ]);
  });

  it('bytes YAML does not allow are the reader\'s error, without a line (yaml.v2 readerc.go yaml_parser_update_buffer)', () => {
    expectYamlErrors(podBytesError, [
      // An ELF file (crictl runp /usr/bin/…): 0x7f is outside #x20-#x7E.
      ['\x7fELF\x02\x01\x01\x00', 'control characters are not allowed'],
      ['metadata:\n  name: a\x00\n', 'control characters are not allowed'],
      // Latin-1 é: a 3-byte lead with only the newline after it (apimachinery's LineReader ends
      // every line with one), then with a letter after it.
      ['metadata:\n  name: caf\xe9\n', 'incomplete UTF-8 octet sequence'],
      ['metadata:\n  name: caf\xe9s\n', 'invalid trailing UTF-8 octet'],
      ['metadata:\n  name: \x80\n', 'invalid leading UTF-8 octet'],
      ['metadata:\n  name: \xc0\xaf\n', 'invalid length of a UTF-8 sequence'],
      ['metadata:\n  name: caf\xc3', 'invalid trailing UTF-8 octet'],
      // A syntax error before the 512-byte chunk the bad byte is in comes first.
      [`a: b: c\n#${'x'.repeat(600)}\x01\n`, 'mapping values are not allowed in this context'],
      [`a: b: c\n\x01\n`, 'control characters are not allowed'],
    ]);
    // Tabs, newlines and UTF-8 letters are allowed.
    expect(podBytesError('metadata:\n  name: "caf\xc3\xa9\tb"\n')).toBe('no error');
  });

  it('aliases: merged keys work, an unknown anchor is yaml.v2\'s error', () => {
    expect(pod('base: &b\n  app: web\nlabels:\n  <<: *b\n  tier: db\n')).toEqual({ labels: { app: 'web', tier: 'db' } });
    expect(podError('labels: *nope\n')).toBe("error converting YAML to JSON: yaml: unknown anchor 'nope' referenced");
  });

  it('an empty file is EOF; one of comments is an empty config', () => {
    expect(podError('')).toBe('EOF');
    expect(pod('# nothing\n')).toEqual({});
  });

  it('a missing file or a directory', () => {
    expect(() => loadPodSandboxConfig(at({}), 'nope.json')).toThrow(/^config at nope\.json not found$/);
    expect(() => loadPodSandboxConfig(at({}), '/root')).toThrow(/^read \/root: is a directory$/);
  });

  it('timestamps stay strings, as yaml.v2 leaves them into interface{}', () => {
    expect(pod('hostname: 2001-12-14\n')).toEqual({ hostname: '2001-12-14' });
  });
});

describe('loadContainerConfig', () => {
  it('reads the notes\' container config fields', () => {
    expect(
      ctr(`{
  "metadata": { "name": "busybox" },
  "image": { "image": "busybox" },
  "command": ["top"],
  "args": ["-b"],
  "working_dir": "/",
  "envs": [{"key": "A", "value": "1"}],
  "mounts": [{"container_path": "/data", "host_path": "/tmp", "readonly": true, "propagation": 1}],
  "log_path": "busybox.0.log",
  "tty": true,
  "stdin": true,
  "linux": { "resources": { "cpu_quota": 50000 }, "security_context": { "capabilities": { "add_capabilities": ["NET_ADMIN"] } } }
}`),
    ).toEqual({
      metadata: { name: 'busybox' },
      image: { image: 'busybox' },
      command: ['top'],
      args: ['-b'],
      workingDir: '/',
      envs: [{ key: 'A', value: '1' }],
      mounts: [{ containerPath: '/data', hostPath: '/tmp', readonly: true, propagation: 'PROPAGATION_HOST_TO_CONTAINER' }],
      logPath: 'busybox.0.log',
      tty: true,
      stdin: true,
      linux: { resources: { cpuQuota: '50000' }, securityContext: { capabilities: { addCapabilities: ['NET_ADMIN'] } } },
    });
  });

  it('YAML command elements become strings (sigs.k8s.io/yaml coercion)', () => {
    expect(ctr('command: [sleep, 3600]\n')).toEqual({ command: ['sleep', '3600'] });
  });

  it('a wrong image type', () => {
    expect(() => ctr('{"image": "busybox"}')).toThrow(
      'json: cannot unmarshal string into Go struct field ContainerConfig.image of type v1.ImageSpec',
    );
  });
});
