// --seccomp-profile files, as a real containerd 1.6.20 answered (tests/oracle/scripts/50-privileged-seccomp.sh).
import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from '../../../host/vfs';
import { makeTestNode } from '../../../containerd/namespaces/test-support';
import { seccompProfileFile } from './seccomp-file';

function load(text: string | undefined, path = '/tmp/p.json') {
  const node = makeTestNode();
  mkdir(node.state.host.files, '/tmp', { parents: true });
  if (text !== undefined) writeFile(node.state.host.files, '/tmp/p.json', text);
  return seccompProfileFile(node.state.host.files, '/root', path);
}

describe('seccompProfileFile', () => {
  it('decodes into specs.LinuxSeccomp: struct order, unknown keys dropped, empty omitempty fields left out', () => {
    const got = load('{"syscalls":[{"args":[],"action":"SCMP_ACT_ERRNO","names":["a"]}],"bogus":1,"DefaultAction":"SCMP_ACT_ALLOW"}');
    expect(JSON.stringify(got)).toBe('{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["a"],"action":"SCMP_ACT_ERRNO"}]}');
  });

  it('fails with the errors ctr prints', () => {
    const failed = (why: string) => `decoding seccomp profile failed "/tmp/p.json": ${why}`;
    expect(() => load('{"defaultAction":5}')).toThrow(
      failed('json: cannot unmarshal number into Go struct field LinuxSeccomp.defaultAction of type specs.LinuxSeccompAction'),
    );
    expect(() => load('')).toThrow(failed('unexpected end of JSON input'));
    expect(() => load('{"defaultAction":"X"} x')).toThrow(failed("invalid character 'x' after top-level value"));
    expect(() => load('notjson')).toThrow(failed("invalid character 'o' in literal null (expecting 'u')"));
    expect(() => load(undefined, 'p2.json')).toThrow('cannot load seccomp profile "p2.json": open p2.json: no such file or directory');
    expect(() => load(undefined, '/tmp')).toThrow('cannot load seccomp profile "/tmp": read /tmp: is a directory');
  });
});
