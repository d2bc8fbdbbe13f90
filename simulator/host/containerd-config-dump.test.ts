// containerd config dump over the defaults (oracle: tests/oracle/scripts/containerd-config-dump.sh
// against containerd 1.6.20, 11/11), and the decodes it leaves to the real binary.
import { describe, expect, it } from 'vitest';
import { configDump, VERSION_1_WARNING } from './containerd-config-dump';
import { CONTAINERD_DEFAULT_CONFIG } from './containerd-default-config';

const PATH = '/etc/containerd/config.toml';
const withImports = CONTAINERD_DEFAULT_CONFIG.replace('imports = []', `imports = ["${PATH}"]`);

describe('containerd config dump', () => {
  it('is the defaults with imports naming the file, for the default text itself', () => {
    expect(configDump(PATH, CONTAINERD_DEFAULT_CONFIG)).toEqual({ kind: 'text', text: withImports });
  });

  it('sets the fields the file sets, in their place and form, and drops unknown keys', () => {
    const r = configDump(PATH, 'version = 2\noom_score = -1\nnope = 1\n[grpc]\n  gid = 7\n[plugins."io.containerd.grpc.v1.cri"]\n  sandbox_image = "a\\"b"\n');
    expect(r.kind).toBe('text');
    const text = r.kind === 'text' ? r.text : '';
    expect(text).toContain('\noom_score = -1\n');
    expect(text).toContain('\n  gid = 7\n');
    expect(text).toContain('\n    sandbox_image = "a\\"b"\n');
    expect(text).not.toContain('nope');
  });

  it('keeps a whole runtime the file restates (the sed-edited default)', () => {
    const edited = CONTAINERD_DEFAULT_CONFIG.replace('SystemdCgroup = false', 'SystemdCgroup = true');
    expect(configDump(PATH, edited)).toEqual({ kind: 'text', text: edited.replace('imports = []', `imports = ["${PATH}"]`) });
  });

  it('warns about a version-1 file and leaves an empty one the defaults', () => {
    expect(configDump(PATH, '')).toEqual({ kind: 'text', text: withImports, warning: VERSION_1_WARNING });
  });

  it('refuses honestly what go-toml would decode further', () => {
    const partial = 'version = 2\n[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]\n  SystemdCgroup = true\n';
    expect(configDump(PATH, partial).kind).toBe('not-simulated');
    expect(configDump(PATH, 'version = 2\n[plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]\n  endpoint = ["https://m"]\n').kind).toBe('not-simulated');
    expect(configDump(PATH, 'version = 2\noom_score = "high"\n').kind).toBe('not-simulated');
    expect(configDump(PATH, '[plugins.cri]\n  sandbox_image = "x"\n').kind).toBe('not-simulated');
  });

  it('fails as LoadConfig does on a missing file and on bad TOML', () => {
    expect(configDump('/x.toml', undefined)).toEqual({ kind: 'error', message: 'failed to load TOML: /x.toml: open /x.toml: no such file or directory' });
    expect(configDump('/x.toml', '[plugins\n')).toMatchObject({ kind: 'error', message: expect.stringMatching(/^failed to load TOML: \/x\.toml: /) });
  });
});
