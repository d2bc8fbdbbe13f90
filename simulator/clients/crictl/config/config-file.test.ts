// Facts from cri-tools v1.26.0: pkg/common/file.go (ReadConfig/getConfigOptions) and
// pkg/common/config.go (GetServerConfigFromFile).
import { describe, expect, it } from 'vitest';
import { mkdir, textToBinary, writeFile, type Files } from '../../../host/vfs';
import { CrictlConfigError, loadConfigFile, parseConfigText } from './config-file';

const EXE = '/usr/local/bin/crictl';

function node(entries: Record<string, string>): Files {
  const files: Files = {};
  for (const [path, text] of Object.entries(entries)) writeFile(files, path, textToBinary(text), { parents: true });
  return files;
}

function errorOf(fn: () => unknown): CrictlConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof CrictlConfigError) return err;
    throw err;
  }
  throw new Error('expected a CrictlConfigError');
}

/** Each text's error is `load config file: <message>`, worded exactly as yaml.v3 words it. */
function expectExactYamlErrors(cases: [string, string][]): void {
  for (const [text, message] of cases) {
    const err = errorOf(() => parseConfigText(text));
    expect([err.message, err.exactWording]).toEqual([`load config file: ${message}`, true]);
  }
}

/** Texts that end inside [ or {, and yaml.v3's words for them. */
const UNCLOSED_FLOW_CASES: [string, string][] = [
  ['runtime-endpoint: [\n', 'yaml: line 1: did not find expected node content'],
  ['runtime-endpoint: [unix:///run/containerd/containerd.sock\n', "yaml: line 1: did not find expected ',' or ']'"],
  ['runtime-endpoint: [a', "yaml: line 1: did not find expected ',' or ']'"],
  ['timeout: 2\nruntime-endpoint: [a,\n', 'yaml: line 2: did not find expected node content'],
  ['timeout: 2\nruntime-endpoint: {a: 1\n', "yaml: line 1: did not find expected ',' or '}'"],
  ['timeout: 2\nruntime-endpoint: {a: [1], b: \n', 'yaml: line 2: did not find expected node content'],
  ['runtime-endpoint: ["a]" # ]\n', "yaml: line 1: did not find expected ',' or ']'"],
];

describe('parseConfigText (file.go:82-133@v1.26.0)', () => {
  it('reads every key; timeout is whole seconds', () => {
    const text = 'runtime-endpoint: unix:///run/containerd/containerd.sock\nimage-endpoint: "unix:///img.sock"\ntimeout: 10\ndebug: true\npull-image-on-create: True\ndisable-pull-on-run: 1\n';
    expect(parseConfigText(text)).toEqual({
      runtimeEndpoint: 'unix:///run/containerd/containerd.sock',
      imageEndpoint: 'unix:///img.sock',
      timeoutSeconds: 10,
      debug: true,
      pullImageOnCreate: true,
      disablePullOnRun: true,
    });
  });

  it('gives zero values for an empty file, a comment-only file and empty values', () => {
    const zero = { runtimeEndpoint: '', imageEndpoint: '', timeoutSeconds: 0, debug: false, pullImageOnCreate: false, disablePullOnRun: false };
    expect(parseConfigText('')).toEqual(zero);
    expect(parseConfigText('# nothing\n')).toEqual(zero);
    expect(parseConfigText('runtime-endpoint:\n')).toEqual(zero);
  });

  it('keeps a scalar as written (yaml.Node.Value), so `~` is the text ~ and a quoted number parses', () => {
    expect(parseConfigText('runtime-endpoint: ~').runtimeEndpoint).toBe('~');
    expect(parseConfigText('timeout: "7"').timeoutSeconds).toBe(7);
    expect(parseConfigText('timeout: +3').timeoutSeconds).toBe(3);
    expect(parseConfigText('timeout: -4').timeoutSeconds).toBe(-4);
  });

  it('lets a repeated key win as the last one (file.go:96-130 walks pairs in order)', () => {
    expect(parseConfigText('debug: true\ndebug: false\n').debug).toBe(false);
  });

  it('rejects an unknown key (file.go:127)', () => {
    expect(errorOf(() => parseConfigText('foo: 1')).message).toBe("load config file: Config option 'foo' is not valid");
  });

  it('parses timeout with strconv.Atoi and booleans with strconv.ParseBool (file.go:107-124)', () => {
    expect(errorOf(() => parseConfigText('timeout: 0x10')).message).toBe(
      `load config file: parsing config option 'timeout': strconv.Atoi: parsing "0x10": invalid syntax`,
    );
    expect(errorOf(() => parseConfigText('timeout: 2s')).message).toContain('strconv.Atoi: parsing "2s": invalid syntax');
    expect(errorOf(() => parseConfigText('timeout: 99999999999999999999')).message).toContain('value out of range');
    expect(errorOf(() => parseConfigText('timeout: [1]')).message).toContain('strconv.Atoi: parsing "": invalid syntax');
    expect(errorOf(() => parseConfigText('debug: yes')).message).toBe(
      `load config file: parsing config option 'debug': strconv.ParseBool: parsing "yes": invalid syntax`,
    );
    expect(errorOf(() => parseConfigText('disable-pull-on-run: on')).message).toContain("'disable-pull-on-run'");
  });

  it('words common YAML syntax errors as yaml.v3 does (yaml.go parser.fail: no line number on the first line)', () => {
    const cases: [string, string][] = [
      ['runtime-endpoint: a: b\n', 'yaml: mapping values are not allowed in this context'],
      ['timeout: 2\nruntime-endpoint: x\n  debug: true\n', 'yaml: line 3: mapping values are not allowed in this context'],
      ['timeout: 2\n\tdebug: true\n', 'yaml: line 2: found character that cannot start any token'],
      ['runtime-endpoint: "abc\n', 'yaml: line 2: found unexpected end of stream'],
      ['runtime-endpoint: "unterminated', 'yaml: found unexpected end of stream'],
    ];
    expectExactYamlErrors(cases);
    expect(errorOf(() => parseConfigText('foo: 1')).exactWording).toBe(true);
  });

  it('words a text that ends inside [ or { as yaml.v3 3.0.1 does (parserc.go, decode.go parser.fail: context line first)', () => {
    // cri-tools v1.26.0 vendor/gopkg.in/yaml.v3: yaml_parser_parse_node's "did not find expected
    // node content" where a node is due (after [, {, , or :), at the stream end, whose line
    // counts a last line without newline (scannerc.go yaml_parser_fetch_stream_end); after an
    // entry, yaml_parser_parse_flow_sequence_entry's ',' or ']' with the bracket as context,
    // whose line fail() prints first when it is not 0.
    expectExactYamlErrors(UNCLOSED_FLOW_CASES);
  });

  it('answers a text it has parsed before the same way, with a fresh object or error each time', () => {
    const text = 'timeout: 4\ndebug: true\n';
    const first = parseConfigText(text);
    first.timeoutSeconds = 99;
    expect(parseConfigText(text)).toEqual({ ...first, timeoutSeconds: 4 });
    const bad = 'timeout: 2\n\tdebug: true\n';
    const [e1, e2] = [errorOf(() => parseConfigText(bad)), errorOf(() => parseConfigText(bad))];
    expect(e1).not.toBe(e2);
    expect([e2.message, e2.exactWording]).toEqual([e1.message, e1.exactWording]);
    expect(e2).toBeInstanceOf(CrictlConfigError);
  });
});

describe('loadConfigFile (config.go:44-73@v1.26.0)', () => {
  it('reads the named file from the node', () => {
    const files = node({ '/etc/crictl.yaml': 'timeout: 5\n' });
    expect(loadConfigFile(files, '/etc/crictl.yaml', EXE).timeoutSeconds).toBe(5);
  });

  it('falls back to crictl.yaml beside the binary when the named file is missing (config.go:50-56)', () => {
    const files = node({ '/usr/local/bin/crictl.yaml': 'debug: true\n' });
    expect(loadConfigFile(files, '/etc/crictl.yaml', EXE).debug).toBe(true);
  });

  it('names the fallback, not the given file, when both are missing', () => {
    expect(errorOf(() => loadConfigFile({}, '/etc/crictl.yaml', EXE)).message).toBe(
      'load config file: stat /usr/local/bin/crictl.yaml: no such file or directory',
    );
  });

  it('reports errors other than "not found" for the named path itself', () => {
    const files = node({ '/etc/crictl.yaml': 'timeout: 5\n' });
    expect(errorOf(() => loadConfigFile(files, '/etc/crictl.yaml/x', EXE)).message).toBe(
      'load config file: stat /etc/crictl.yaml/x: not a directory',
    );
    mkdir(files, '/etc/cfg');
    expect(errorOf(() => loadConfigFile(files, '/etc/cfg', EXE)).message).toBe('load config file: read /etc/cfg: is a directory');
  });

  it('resolves a relative path against the cwd but prints it as given', () => {
    const files = node({ '/root/c.yaml': 'timeout: 9\n' });
    expect(loadConfigFile(files, 'c.yaml', EXE, '/root').timeoutSeconds).toBe(9);
  });
});
