// daemon.json as dockerd 20.10.24 reads it: every expected message below is what a private real
// dockerd 20.10.24 (Debian docker.io) printed for the same file with `--config-file` (after
// "unable to configure the Docker daemon with file <path>: "), run on this project's machines.

import { describe, expect, it } from 'vitest';
import { goValueText, readDaemonJson, type SetFlag } from './daemon-json';
import { scanGoJson } from '../../go/json-scan';

const UNIT: SetFlag[] = [
  { name: 'containerd', value: '/run/containerd/containerd.sock' },
  { name: 'host', value: '[fd://]' },
];

function refusal(text: string, flags: SetFlag[] = []): string | undefined {
  const read = readDaemonJson(text, flags);
  return read.ok ? undefined : read.message;
}

describe('readDaemonJson', () => {
  it('reports Go decoder errors for text that is not one JSON value', () => {
    expect(refusal('{')).toBe('unexpected EOF');
    expect(refusal('{"log-driver": "local",}')).toBe("invalid character '}' looking for beginning of object key string");
    expect(refusal('nonsense')).toBe("invalid character 'o' in literal null (expecting 'u')");
    expect(refusal('')).toBe('EOF');
    expect(refusal('   \n')).toBe('EOF');
    expect(refusal('{"log-driver": local}')).toBe("invalid character 'l' looking for beginning of value");
    expect(refusal('{"x": "\\q"}')).toBe("invalid character 'q' in string escape code");
    expect(refusal("{'a':1}")).toBe("invalid character '\\'' looking for beginning of object key string");
    expect(refusal('{"a" 1}')).toBe("invalid character '1' after object key");
  });

  it('decodes into a map first: another top-level kind is refused, null is nothing', () => {
    expect(refusal('[]')).toBe('json: cannot unmarshal array into Go value of type map[string]interface {}');
    const read = readDaemonJson('null', UNIT);
    expect(read.ok && read.config.values.size).toBe(0);
  });

  it('never reads past the first value: what follows is not checked', () => {
    expect(refusal('{"a":1} x')).toBe("the following directives don't match any configuration option: a");
    expect(refusal('{"a":1}}')).toBe("the following directives don't match any configuration option: a");
    expect(readDaemonJson('{"debug": true} garbage', UNIT).ok).toBe(true);
  });

  it('refuses keys that are no flag of dockerd, even a struct tag without its flag', () => {
    expect(refusal('{"unknown-key": 1}')).toBe("the following directives don't match any configuration option: unknown-key");
    expect(refusal('{"x": 1, "y": 2, "z": 3}')).toBe("the following directives don't match any configuration option: x, y, z");
    expect(refusal('{"containerd-plugin-namespace": "p"}')).toBe("the following directives don't match any configuration option: containerd-plugin-namespace");
    expect(refusal('{"swarm-raft-heartbeat-tick": -1}')).toBe("the following directives don't match any configuration option: swarm-raft-heartbeat-tick");
  });

  it('takes flags by their option names (labels, log-opts) and skips features and builder', () => {
    expect(readDaemonJson('{"labels": ["a=b"], "log-opts": {"max-size": "1k"}, "features": {"buildkit": true}, "builder": {"gc": {}}}', UNIT).ok).toBe(true);
  });

  it('flattens an object under an unknown key into options (dockerd then starts)', () => {
    expect(readDaemonJson('{"nested": {"debug": "x"}}', UNIT).ok).toBe(true);
    expect(refusal('{"nested": {"nosuch": 1}}')).toBe("the following directives don't match any configuration option: nosuch");
  });

  it('refuses what the unit command line already sets, flags in name order', () => {
    expect(refusal('{"hosts": ["tcp://0.0.0.0:2375"]}', UNIT)).toBe(
      'the following directives are specified both as a flag and in the configuration file: hosts: (from flag: [fd://], from file: [tcp://0.0.0.0:2375])',
    );
    expect(refusal('{"hosts": ["tcp://0.0.0.0:2375"], "containerd": "/x.sock"}', UNIT)).toBe(
      'the following directives are specified both as a flag and in the configuration file: containerd: (from flag: /run/containerd/containerd.sock, from file: /x.sock), hosts: (from flag: [fd://], from file: [tcp://0.0.0.0:2375])',
    );
  });

  it('reports the first value of the wrong type, as Go names the field and type', () => {
    expect(refusal('{"debug": "yes"}')).toBe('json: cannot unmarshal string into Go struct field Config.debug of type bool');
    expect(refusal('{"debug": "yes", "labels": [1]}')).toBe('json: cannot unmarshal string into Go struct field Config.debug of type bool');
    expect(refusal('{"labels": "a=b"}')).toBe('json: cannot unmarshal string into Go struct field Config.labels of type []string');
    expect(refusal('{"log-opts": "x"}')).toBe('json: cannot unmarshal string into Go struct field Config.log-opts of type map[string]string');
    expect(refusal('{"log-opts": {"max-size": 10}}')).toBe('json: cannot unmarshal number into Go struct field Config.log-opts of type string');
    expect(refusal('{"max-concurrent-downloads": 1.5}')).toBe('json: cannot unmarshal number 1.5 into Go struct field Config.max-concurrent-downloads of type int');
    expect(refusal('{"ip": 5}')).toBe('json: cannot unmarshal number into Go struct field Config.ip of type net.IP');
  });

  it('stops at once on a value its own decoder refuses', () => {
    expect(refusal('{"ip": "1.2.3"}')).toBe('invalid IP address: 1.2.3');
    expect(refusal('{"default-shm-size": 64}')).toBe('invalid size: "64"');
    expect(refusal('{"default-shm-size": "abc"}')).toBe("invalid size: 'abc'");
  });

  it('validates the file values', () => {
    expect(refusal('{"labels": ["bad"]}')).toBe('configuration validation from file failed: bad attribute format: bad');
    expect(refusal('{"max-concurrent-downloads": -1}')).toBe('configuration validation from file failed: invalid max concurrent downloads: -1');
    expect(refusal('{"dns": ["8.8.8.x"]}')).toBe('configuration validation from file failed: 8.8.8.x is not an ip address');
    expect(refusal('{"dns-search": ["-bad-"]}')).toBe('configuration validation from file failed: -bad- is not a valid domain');
    expect(refusal('{"default-ipc-mode": "host"}')).toBe('configuration validation from file failed: IPC mode "host" is not supported as default value; use "shareable" or "private"');
  });

  it('refuses two values for one label key without the file prefix', () => {
    const read = readDaemonJson('{"labels": ["a=b", "a=c"]}', UNIT);
    expect(read).toEqual({ ok: false, message: 'conflict labels for a=c and a=b', bare: true });
  });

  it('a later duplicate key wins', () => {
    const read = readDaemonJson('{"log-driver":"json-file","log-driver":"local"}', UNIT);
    expect(read.ok && read.config.values.get('log-driver')).toEqual({ kind: 'string', value: 'local' });
  });
});

describe('goValueText', () => {
  it('prints decoded JSON as fmt %v prints interface{} values', () => {
    const text = (json: string) => goValueText(scanGoJson(json));
    expect(text('["a", 1, true, null]')).toBe('[a 1 true <nil>]');
    expect(text('{"b": 2, "a": {"x": 1.5}}')).toBe('map[a:map[x:1.5] b:2]');
    expect(text('[1e21]')).toBe('[1e+21]');
    expect(text('1000000')).toBe('1e+06');
    expect(refusal('5')).toBe('json: cannot unmarshal number into Go value of type map[string]interface {}');
    expect(refusal('[5')).toBe('unexpected EOF');
    expect(text('123456')).toBe('123456');
    expect(text('0.00001')).toBe('1e-05');
  });
});
