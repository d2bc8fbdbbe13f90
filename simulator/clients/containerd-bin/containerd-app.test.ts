// The containerd binary at the shell, beyond the oracle script (tests/oracle/scripts/
// containerd-cli.sh, 29/29 against containerd 1.6.20): what its default action does with the
// config it would load before starting a second daemon (cmd/containerd/command/main.go: the
// file is loaded only when it exists or --config was given), and config dump's warning.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

const NOW = Date.UTC(2026, 11, 8, 1, 0, 0);

describe('containerd', () => {
  it('checks the config it would load, then refuses a second daemon honestly', async () => {
    const s = createSession({ seed: 3, now: () => NOW });
    const started = await s.run('containerd');
    expect(started).toMatchObject({ stdout: '', exitCode: 1 });
    expect(started.stderr).toMatch(/^containerd: running the daemon from the shell .* is not simulated here; see /);
    expect(await s.run('containerd --config /nope.toml')).toEqual({
      stdout: '',
      stderr: 'containerd: failed to load TOML: /nope.toml: open /nope.toml: no such file or directory\n',
      exitCode: 1,
    });
    // Without --config a missing default file is no error: the defaults are used.
    await s.run('rm -f /etc/containerd/config.toml');
    expect((await s.run('containerd')).stderr).toContain('is not simulated here');
    // config dump loads it whatever: LoadConfig's wrapped error is no os.IsNotExist (the oracle's
    // containerd-config-dump.sh has the same line with --config).
    expect((await s.run('containerd config dump')).stderr).toBe(
      'containerd: failed to load TOML: /etc/containerd/config.toml: open /etc/containerd/config.toml: no such file or directory\n',
    );
  });

  it('warns of an empty config file as version 1 and dumps the defaults', async () => {
    const s = createSession({ seed: 3, now: () => NOW });
    await s.run(': > /tmp/empty.toml');
    const r = await s.run('containerd -c /tmp/empty.toml config dump');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/level=warning msg="containerd config version `1` has been deprecated/);
    expect(r.stdout).toContain('imports = ["/tmp/empty.toml"]');
  });

  it('is a tool on the PATH', async () => {
    const s = createSession({ seed: 3, now: () => NOW });
    expect((await s.run('which containerd')).stdout).toBe('/usr/bin/containerd\n');
    expect((await s.run('containerd config default | grep -c SystemdCgroup')).stdout).toBe('1\n');
  });
});
