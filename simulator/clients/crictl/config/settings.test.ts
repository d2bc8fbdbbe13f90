// Facts from cri-tools v1.26.0 cmd/crictl/main.go:184-288 (global flags and app.Before).
import { describe, expect, it } from 'vitest';
import { textToBinary, writeFile, type Files } from '../../../host/vfs';
import { resolveCrictlSettings, type SettingsInput } from './index';

const EXE = '/usr/local/bin/crictl';
const S = 1_000_000_000;

function node(entries: Record<string, string>): Files {
  const files: Files = {};
  for (const [path, text] of Object.entries(entries)) writeFile(files, path, textToBinary(text), { parents: true });
  return files;
}

function settings(input: Partial<SettingsInput>) {
  const result = resolveCrictlSettings({ files: {}, flags: {}, env: {}, exePath: EXE, ...input });
  if (!result.ok) throw result.error;
  return result.settings;
}

describe('resolveCrictlSettings', () => {
  it('with nothing configured: no endpoint set, 2s timeout (main.go:36, 232-247)', () => {
    expect(settings({})).toEqual({
      runtimeEndpoint: '',
      runtimeEndpointIsSet: false,
      imageEndpoint: '',
      imageEndpointIsSet: false,
      timeoutNs: 2 * S,
      debug: false,
      pullImageOnCreate: false,
      disablePullOnRun: false,
    });
  });

  it('takes /etc/crictl.yaml’s values, timeout in seconds (main.go:249-281)', () => {
    const files = node({
      '/etc/crictl.yaml': 'runtime-endpoint: unix:///r.sock\nimage-endpoint: unix:///i.sock\ntimeout: 10\ndebug: true\npull-image-on-create: true\ndisable-pull-on-run: true\n',
    });
    expect(settings({ files })).toEqual({
      runtimeEndpoint: 'unix:///r.sock',
      runtimeEndpointIsSet: true,
      imageEndpoint: 'unix:///i.sock',
      imageEndpointIsSet: true,
      timeoutNs: 10 * S,
      debug: true,
      pullImageOnCreate: true,
      disablePullOnRun: true,
    });
  });

  it('lets flags override the file, and env vars stand in for flags (main.go:193-201, 250-278)', () => {
    const files = node({ '/etc/crictl.yaml': 'runtime-endpoint: unix:///file.sock\ntimeout: 10\ndebug: true\n' });
    const s = settings({ files, flags: { runtimeEndpoint: 'unix:///flag.sock', timeoutNs: 3 * S, debug: false } });
    expect([s.runtimeEndpoint, s.timeoutNs, s.debug]).toEqual(['unix:///flag.sock', 3 * S, false]);
    const e = settings({ files, env: { CONTAINER_RUNTIME_ENDPOINT: 'unix:///env.sock', IMAGE_SERVICE_ENDPOINT: 'unix:///img.sock' } });
    expect([e.runtimeEndpoint, e.imageEndpoint, e.imageEndpointIsSet]).toEqual(['unix:///env.sock', 'unix:///img.sock', true]);
    expect(settings({ files, env: { CONTAINER_RUNTIME_ENDPOINT: 'unix:///env.sock' }, flags: { runtimeEndpoint: 'unix:///f' } }).runtimeEndpoint).toBe('unix:///f');
  });

  it('counts an empty env var as set (urfave/cli v2 sets HasBeenSet for a present variable)', () => {
    const s = settings({ env: { CONTAINER_RUNTIME_ENDPOINT: '' } });
    expect([s.runtimeEndpoint, s.runtimeEndpointIsSet]).toEqual(['', true]);
  });

  it('turns a timeout of 0 or less, from flag or file, into the 2s default (main.go:134-139, 268-274)', () => {
    expect(settings({ flags: { timeoutNs: 0 } }).timeoutNs).toBe(2 * S);
    expect(settings({ flags: { timeoutNs: -S } }).timeoutNs).toBe(2 * S);
    expect(settings({ files: node({ '/etc/crictl.yaml': 'timeout: -5\n' }) }).timeoutNs).toBe(2 * S);
  });

  it('ignores a missing or invalid default config file silently (main.go:226-230)', () => {
    const files = node({ '/etc/crictl.yaml': 'runtime-endpoint: unix:///x\nbogus: 1\n' });
    expect(settings({ files }).runtimeEndpointIsSet).toBe(false);
  });

  it('fails when the user named the file with --config or CRI_CONFIG_FILE (main.go:227-228)', () => {
    const viaFlag = resolveCrictlSettings({ files: {}, flags: { config: '/root/c.yaml' }, env: {}, exePath: EXE });
    expect(viaFlag.ok ? '' : viaFlag.error.message).toBe('load config file: stat /usr/local/bin/crictl.yaml: no such file or directory');
    const files = node({ '/root/c.yaml': 'debug: maybe\n' });
    const viaEnv = resolveCrictlSettings({ files, flags: {}, env: { CRI_CONFIG_FILE: '/root/c.yaml' }, exePath: EXE });
    expect(viaEnv.ok ? '' : viaEnv.error.message).toContain('strconv.ParseBool: parsing "maybe"');
  });

  it('reads the named file instead of /etc/crictl.yaml', () => {
    const files = node({ '/etc/crictl.yaml': 'timeout: 1\n', '/root/c.yaml': 'timeout: 4\n' });
    expect(settings({ files, flags: { config: '/root/c.yaml' } }).timeoutNs).toBe(4 * S);
  });
});
