// oci/spec-file.ts against what containerd 1.6.20 stored for the same files
// (tests/oracle/scripts/config-spec-file.sh on the real node).
import { describe, expect, it } from 'vitest';
import { scanGoJson } from '../go/json-scan';
import { SpecTypeError, specFromJson, specWithAnnotations } from './spec-file';

const decode = (text: string) => specFromJson(scanGoJson(text));

describe('a runtime spec read from a file', () => {
  it('comes back in the struct order, unknown keys dropped, the non-omitempty fields filled', () => {
    expect(JSON.stringify(decode('{"hostname":"h","zzz":1,"ociVersion":"1.0.2","root":{"readonly":true,"path":"/x"}}'))).toBe(
      '{"ociVersion":"1.0.2","root":{"path":"/x","readonly":true},"hostname":"h"}',
    );
    expect(decode('null')).toEqual({ ociVersion: '' });
    expect(JSON.stringify(decode('{"process":{"args":["true"]},"root":{"path":"rootfs"}}'))).toBe(
      '{"ociVersion":"","process":{"user":{"uid":0,"gid":0},"args":["true"],"cwd":""},"root":{"path":"rootfs"}}',
    );
  });

  it('matches keys case-insensitively, lets a later duplicate win and merges maps', () => {
    expect(JSON.stringify(decode('{"Process":{"CWD":"/","Args":["a"],"user":{"UID":5}},"HOSTNAME":"up"}'))).toBe(
      '{"ociVersion":"","process":{"user":{"uid":5,"gid":0},"args":["a"],"cwd":"/"},"hostname":"up"}',
    );
    expect(decode('{"hostname":"a","hostname":"b","annotations":{"k":"1"},"annotations":{"j":"2"}}')).toEqual({
      ociVersion: '',
      hostname: 'b',
      annotations: { k: '1', j: '2' },
    });
    expect(decode('{"process":null,"mounts":null,"annotations":{}}')).toEqual({ ociVersion: '' });
  });

  it("fails with Go's UnmarshalTypeError text", () => {
    const cases: Array<[string, string]> = [
      ['{"process":{"args":"sh"}}', 'string into Go struct field Process.process.args of type []string'],
      ['{"ociVersion":1}', 'number into Go struct field Spec.ociVersion of type string'],
      ['{"process":"x"}', 'string into Go struct field Spec.process of type specs.Process'],
      ['{"process":{"user":{"uid":-1}}}', 'number -1 into Go struct field User.process.user.uid of type uint32'],
      ['{"mounts":[{"options":"ro"}]}', 'string into Go struct field Mount.mounts.options of type []string'],
      ['{"annotations":{"a":1}}', 'number into Go struct field Spec.annotations of type string'],
      ['{"linux":[]}', 'array into Go struct field Spec.linux of type specs.Linux'],
      ['[]', 'array into Go value of type specs.Spec'],
    ];
    for (const [text, message] of cases) {
      expect(() => decode(text)).toThrow(SpecTypeError);
      expect(() => decode(text)).toThrow(`json: cannot unmarshal ${message}`);
    }
  });

  it('takes --label annotations into the annotations field, in its place', () => {
    const spec = decode('{"ociVersion":"1","linux":{"a":1},"annotations":{"k":"v"}}');
    expect(Object.keys(specWithAnnotations(spec, { x: '1' }))).toEqual(['ociVersion', 'annotations', 'linux']);
    expect(specWithAnnotations(spec, { x: '1' }).annotations).toEqual({ k: 'v', x: '1' });
  });
});
