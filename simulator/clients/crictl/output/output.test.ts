// crictl 1.26.0's printers. Sources: cmd/crictl/util.go:181-296 and templates.go:47-70
// @kubernetes-sigs/cri-tools v1.26.0; jsonpb from the vendored github.com/golang/protobuf
// v1.5.2 jsonpb/encode.go (marshalMessage :222-285, marshalValue :425-510: empty lists and maps
// open and close on two lines, int64 quoted :540); encoding/json's Indent (`{}` kept compact);
// sigs.k8s.io/yaml v1.3.0 over gopkg.in/yaml.v2 v2.4.0 (sorted keys, quoted ambiguous strings).
import { describe, expect, it } from 'vitest';
import { captureIO } from '../../../cli/test-support';
import { goJsonDecode, marshalMapInOrder, outputStatusInfo, printProtobuf, protobufObjectToJson } from './index';
import { executeTemplate } from './go-template';
import { yamlKeyLess } from './yaml';

const container = {
  id: 'abc',
  podSandboxId: 'p1',
  metadata: { name: 'busybox' },
  image: { image: 'sha256:x' },
  imageRef: 'sha256:x',
  state: 'CONTAINER_RUNNING',
  createdAt: '1787000000123456789',
  labels: { b: '2', a: '1' },
  annotations: {},
};

describe('protobufObjectToJson: jsonpb EmitDefaults, Indent "  "', () => {
  it('writes fields in proto order with zero values, quoted int64, enum names, sorted maps', () => {
    expect(protobufObjectToJson('ListContainersResponse', { containers: [container] })).toBe(`{
  "containers": [
    {
      "id": "abc",
      "podSandboxId": "p1",
      "metadata": {
        "name": "busybox",
        "attempt": 0
      },
      "image": {
        "image": "sha256:x",
        "annotations": {
        }
      },
      "imageRef": "sha256:x",
      "state": "CONTAINER_RUNNING",
      "createdAt": "1787000000123456789",
      "labels": {
        "a": "1",
        "b": "2"
      },
      "annotations": {
      }
    }
  ]
}`);
  });

  it('writes an empty list on two lines and an unset message as null', () => {
    expect(protobufObjectToJson('ListContainersResponse', {})).toBe('{\n  "containers": [\n  ]\n}');
    expect(protobufObjectToJson('Image', { id: 'sha256:1', size: '5' })).toBe(
      '{\n  "id": "sha256:1",\n  "repoTags": [\n  ],\n  "repoDigests": [\n  ],\n  "size": "5",\n  "uid": null,\n  "username": "",\n  "spec": null,\n  "pinned": false\n}',
    );
  });

  it('escapes HTML characters as encoding/json does', () => {
    expect(protobufObjectToJson('VersionResponse', { version: '<&>' })).toContain('"version": "\\u003c\\u0026\\u003e"');
  });
});

describe('printProtobuf', () => {
  it('-o json: the JSON and a newline (fmt.Println)', () => {
    const c = captureIO();
    printProtobuf(c.io, 'VersionResponse', { version: '0.1.0', runtimeName: 'containerd', runtimeVersion: '1.6.20~ds1', runtimeApiVersion: 'v1' }, 'json');
    expect(c.out()).toBe('{\n  "version": "0.1.0",\n  "runtimeName": "containerd",\n  "runtimeVersion": "1.6.20~ds1",\n  "runtimeApiVersion": "v1"\n}\n');
  });

  it('-o yaml: keys sorted, sequences flush with their key, numeric strings double-quoted, a blank line after', () => {
    const c = captureIO();
    printProtobuf(c.io, 'ListContainersResponse', { containers: [container] }, 'yaml');
    expect(c.out()).toBe(`containers:
- annotations: {}
  createdAt: "1787000000123456789"
  id: abc
  image:
    annotations: {}
    image: sha256:x
  imageRef: sha256:x
  labels:
    a: "1"
    b: "2"
  metadata:
    attempt: 0
    name: busybox
  podSandboxId: p1
  state: CONTAINER_RUNNING

`);
  });
});

describe('outputStatusInfo (util.go:214-258)', () => {
  const status = protobufObjectToJson('RuntimeStatus', { conditions: [{ type: 'RuntimeReady', status: true }] });
  const info = { config: '{"x":{}}', golang: '"go1.19.8"', plain: 'not json' };

  it('json: status first, info keys sorted, JSON values inlined, others as strings, json.Indent', () => {
    const c = captureIO();
    outputStatusInfo(c.io, status, info, 'json', '');
    expect(c.out()).toBe(`{
  "status": {
    "conditions": [
      {
        "type": "RuntimeReady",
        "status": true,
        "reason": "",
        "message": ""
      }
    ]
  },
  "config": {
    "x": {}
  },
  "golang": "go1.19.8",
  "plain": "not json"
}
`);
  });

  it('yaml and go-template; an unknown format is printed, not an error', () => {
    const y = captureIO();
    outputStatusInfo(y.io, status, {}, 'yaml', '');
    expect(y.out()).toBe('status:\n  conditions:\n  - message: ""\n    reason: ""\n    status: true\n    type: RuntimeReady\n\n');
    const t = captureIO();
    outputStatusInfo(t.io, status, info, 'go-template', '{{range .status.conditions}}{{.type}}={{.status}} {{end}}{{.golang}}');
    expect(t.out()).toBe('RuntimeReady=true go1.19.8\n');
    const x = captureIO();
    outputStatusInfo(x.io, status, {}, 'table', '');
    expect(x.out()).toBe('Don\'t support "table" format\n');
  });

  it('a missing key is an error (missingkey=error)', () => {
    const c = captureIO();
    expect(() => outputStatusInfo(c.io, status, {}, 'go-template', '{{.nope}}')).toThrow(
      'failed to template data: template: tmplExecuteRawJSON:1:2: executing "tmplExecuteRawJSON" at <.nope>: map has no entry for key "nope"',
    );
  });
});

describe('go-template', () => {
  const data = goJsonDecode('{"a":{"b":"x","n":3},"l":["p","q"],"m":{"k2":"v2","k1":"v1"}}');
  it.each([
    ['{{.a.b}}', 'x'],
    ['{{.a.n}}', '3'],
    ['{{.l}}', '[p q]'],
    ['{{.m}}', 'map[k1:v1 k2:v2]'],
    ['{{range $i, $e := .l}}{{$i}}:{{$e}},{{end}}', '0:p,1:q,'],
    ['{{range $k, $v := .m}}{{$k}}={{$v}};{{end}}', 'k1=v1;k2=v2;'],
    ['{{json .a}}', '{"b":"x","n":3}\n'],
    ['{{.a.b | upper}}', 'X'],
    ['{{if .l}}yes{{else}}no{{end}}', 'yes'],
    ['{{index .m "k1"}}', 'v1'],
    ['{{len .l}}', '2'],
    ['a {{- " b" -}} c', 'a bc'],
  ])('%s', (template, out) => {
    expect(executeTemplate(template, data)).toBe(out);
  });
});

describe('go-template errors (text/template parse.go, exec.go)', () => {
  it.each([
    ['{{if}}x{{end}}', 'failed to generate go-template: template: tmplExecuteRawJSON:1: missing value for if'],
    ['{{nope .a}}', 'failed to generate go-template: template: tmplExecuteRawJSON:1: function "nope" not defined'],
    ['{{.a.b.c}}', 'failed to template data: template: tmplExecuteRawJSON:1:2: executing "tmplExecuteRawJSON" at <.a.b.c>: can\'t evaluate field c in type string'],
  ])('%s', (template, message) => {
    expect(() => executeTemplate(template, goJsonDecode('{"a":{"b":"x"}}'))).toThrow(message);
  });
});

describe('marshalMapInOrder (util.go:272-296)', () => {
  it('keeps the message order at the top, sorts nested keys, json.Indent', () => {
    const map = goJsonDecode(protobufObjectToJson('ContainerMetadata', { name: 'n', attempt: 1 })) as Record<string, never>;
    expect(marshalMapInOrder(map, 'ContainerMetadata')).toBe('{\n  "name": "n",\n  "attempt": 1\n}');
    const image = goJsonDecode('{"image":{"image":"i","annotations":{}}}') as Record<string, never>;
    expect(marshalMapInOrder(image, 'ImageFilter')).toBe('{\n  "image": {\n    "annotations": {},\n    "image": "i"\n  }\n}');
  });
});

describe('yaml.v2 key order (sorter.go)', () => {
  it('puts non-letters before letters and compares digit runs by value', () => {
    expect(yamlKeyLess('a2', 'a10')).toBe(true);
    expect(yamlKeyLess('_x', 'Ax')).toBe(true);
    expect(yamlKeyLess('io.k', 'iok')).toBe(true);
  });
});

describe('yaml.v2 line folding (emitterc.go write_plain_scalar, best_width 80)', () => {
  it('breaks a long plain or single-quoted value at the first space past column 80, indented under its key', async () => {
    const { jsonToYaml } = await import('./yaml');
    const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau';
    expect(jsonToYaml(JSON.stringify({ k: words }))).toBe(
      'k: alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron\n  pi rho sigma tau\n',
    );
    expect(jsonToYaml(JSON.stringify({ l: [{ m: `x: ${words}` }] }))).toBe(
      "l:\n- m: 'x: alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi\n    omicron pi rho sigma tau'\n",
    );
    expect(jsonToYaml(JSON.stringify({ s: `a\n${words} ${words}` }))).toBe(`s: |-\n  a\n  ${words} ${words}\n`);
    expect(jsonToYaml(JSON.stringify({ t: 'a\tb', u: 'x,y', v: '*' }))).toBe('t: "a\\tb"\nu: x,y\nv: \'*\'\n');
  });
});
