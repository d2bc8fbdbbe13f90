// The CRI plugin's settings read from /etc/containerd/config.toml as containerd 1.6.20 starts
// (pkg/cri/config/config.go; recorded on the real plugin with the notes' sed edits:
// tests/oracle/cri/fixtures/config-sandbox-image.json and config-systemd-cgroup.json).

import { describe, expect, it } from 'vitest';
import { parse } from 'smol-toml';
import { CONTAINERD_DEFAULT_CONFIG } from '../../host/containerd-default-config';
import { createSession } from '../../index';
import { installNodePlugins } from '../../node-plugins';
import { nodeStateProblems } from '../../shell/saved-state-check';
import { criCgroupsPath } from '../container/cgroups-path';
import { pluginSettingsFrom, runtimeOptionsProblem, SettingTypeError, STOCK_PLUGIN_SETTINGS } from './plugin-settings';

const NOW = Date.UTC(2026, 11, 4, 22, 0, 0);
const SED_SYSTEMD = `sed -i 's/SystemdCgroup = false/SystemdCgroup = true/' /etc/containerd/config.toml`;
const SED_PAUSE = `sed -i 's#sandbox_image = "registry.k8s.io/pause:3.6"#sandbox_image = "registry.k8s.io/pause:3.9"#' /etc/containerd/config.toml`;

const podYaml = (name: string, extra = '') =>
  `metadata:\n  name: ${name}\n  namespace: default\n  uid: uid-${name}\n  attempt: 1\nlinux:\n${extra}  security_context:\n    namespace_options:\n      network: 2\n`;

async function session() {
  const s = createSession({ seed: 60, now: () => NOW });
  installNodePlugins(s.node);
  const run = async (line: string) => {
    const r = await s.run(line);
    return { out: r.stdout, err: r.stderr, code: r.exitCode };
  };
  await run("echo 'runtime-endpoint: unix:///run/containerd/containerd.sock' > /etc/crictl.yaml");
  await run(`cat > pod.yaml <<'EOF'\n${podYaml('plain')}EOF`);
  await run(`cat > sliced.yaml <<'EOF'\n${podYaml('sliced', '  cgroup_parent: kubepods-besteffort-podx.slice\n')}EOF`);
  return { s, run };
}

const infoConfig = async (run: (l: string) => Promise<{ out: string }>) =>
  JSON.parse((await run('crictl info')).out).config as { sandboxImage: string; containerd: { runtimes: { runc: { options: { SystemdCgroup: boolean } } } } };

describe('config.toml settings of the CRI plugin', () => {
  it('decodes over the defaults: the stock file, the sed edits, a runc entry named afresh, values of another type', () => {
    const of = (text: string) => pluginSettingsFrom(parse(text), text);
    expect(of(CONTAINERD_DEFAULT_CONFIG)).toEqual(STOCK_PLUGIN_SETTINGS);
    const edited = CONTAINERD_DEFAULT_CONFIG.replace('SystemdCgroup = false', 'SystemdCgroup = true').replace('pause:3.6', 'pause:3.9');
    expect(of(edited)).toEqual({ sandboxImage: 'registry.k8s.io/pause:3.9', systemdCgroup: true });
    expect(of('version = 2\n')).toEqual(STOCK_PLUGIN_SETTINGS);
    const runcOnly = 'version = 2\n[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]\n  runtime_type = "io.containerd.runc.v2"\n';
    expect(of(runcOnly).systemdCgroup).toBe(false);
    // go-toml's words, as the real containerd exits with them: `containerd: (61, 5): Can't convert 3(int64) to string`.
    expect(() => of('version = 2\n[plugins."io.containerd.grpc.v1.cri"]\n    sandbox_image = 3\n')).toThrow(new SettingTypeError("(3, 5): Can't convert 3(int64) to string"));
    const yes = of(CONTAINERD_DEFAULT_CONFIG.replace('SystemdCgroup = false', 'SystemdCgroup = "yes"'));
    expect(yes).toEqual({ sandboxImage: 'registry.k8s.io/pause:3.6', systemdCgroup: false, systemdCgroupRaw: 'yes' });
    expect(runtimeOptionsProblem(yes)).toBe("failed to generate runtime options: (0, 0): Can't convert yes(string) to bool");
    expect(runtimeOptionsProblem(STOCK_PLUGIN_SETTINGS)).toBeUndefined();
  });

  it('cgroupsPath: a .slice parent gives slice:cri-containerd:<id>, others are joined (helpers_linux.go getCgroupsPath)', () => {
    expect(criCgroupsPath(undefined, 'abc')).toBe('/k8s.io/abc');
    expect(criCgroupsPath('/kubepods/besteffort/pod-parented', 'abc')).toBe('/kubepods/besteffort/pod-parented/abc');
    expect(criCgroupsPath('/kubepods/pod1/', 'abc')).toBe('/kubepods/pod1/abc');
    expect(criCgroupsPath('kubepods-besteffort-pods.slice', 'abc')).toBe('kubepods-besteffort-pods.slice:cri-containerd:abc');
    expect(criCgroupsPath('/kubepods.slice/kubepods-burstable.slice/', 'abc')).toBe('kubepods-burstable.slice:cri-containerd:abc');
    expect(criCgroupsPath('kubepods/x', 'abc')).toBe('kubepods/x/abc');
  });

  it('sandbox_image: read at the restart, shown by crictl info, pulled by the first runp', async () => {
    const { s, run } = await session();
    await run(SED_PAUSE);
    // An edit without a restart changes nothing.
    expect((await infoConfig(run)).sandboxImage).toBe('registry.k8s.io/pause:3.6');
    expect(await run('systemctl restart containerd')).toEqual({ out: '', err: '', code: 0 });
    expect((await infoConfig(run)).sandboxImage).toBe('registry.k8s.io/pause:3.9');
    const pod = await run('crictl runp pod.yaml');
    expect(pod).toMatchObject({ code: 0, err: '' });
    const images = (await run('crictl images')).out;
    expect(images).toMatch(/^registry\.k8s\.io\/pause   3\.9 /m);
    expect(images).not.toContain('3.6');
    expect((await run('ctr -n k8s.io c ls')).out).toContain(`${pod.out.trim()}    registry.k8s.io/pause:3.9    io.containerd.runc.v2`);
    expect(nodeStateProblems(s.node.state)).toEqual([]);
  });

  it('SystemdCgroup = true: runc options carry it; a pod needs a .slice parent (runc refuses /k8s.io/<id>)', async () => {
    const { s, run } = await session();
    await run(SED_SYSTEMD);
    await run('systemctl restart containerd');
    expect((await infoConfig(run)).containerd.runtimes.runc.options.SystemdCgroup).toBe(true);

    const refused = await run('crictl runp pod.yaml');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /level=fatal msg="run pod sandbox: rpc error: code = Unknown desc = failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: expected cgroupsPath to be of format \\"slice:prefix:name\\" for systemd cgroups, got \\"\/k8s\.io\/[0-9a-f]{64}\\" instead: unknown"\n$/,
    );
    expect((await run('crictl pods -q')).out).toBe('');
    expect((await run('ctr -n k8s.io c ls -q')).out).toBe('');

    // The simulated node runs systemd: a slice parent works.
    const pod = (await run('crictl runp sliced.yaml')).out.trim();
    expect(pod).toMatch(/^[0-9a-f]{64}$/);
    const info = (await run(`ctr -n k8s.io c info ${pod}`)).out;
    expect(info).toContain('"Options": {\n            "type_url": "containerd.runc.v1.Options",\n            "value": "SAE="\n        }');
    expect(info).toContain(`"cgroupsPath": "kubepods-besteffort-podx.slice:cri-containerd:${pod}"`);
    const verbose = JSON.parse((await run(`crictl inspectp ${pod}`)).out) as { info: { runtimeOptions: unknown } };
    expect(verbose.info.runtimeOptions).toEqual({ systemd_cgroup: true });
    expect(nodeStateProblems(s.node.state)).toEqual([]);

    // Back to the stock file: the next start drops the setting.
    await run('containerd config default > /etc/containerd/config.toml');
    await run('systemctl restart containerd');
    expect((await infoConfig(run)).containerd.runtimes.runc.options.SystemdCgroup).toBe(false);
    expect(s.node.state.cri.settings).toBeUndefined();
  });

  it('a sandbox_image of another type stops containerd from starting; crictl then cannot connect', async () => {
    const { run } = await session();
    await run(`sed -i 's#sandbox_image = "registry.k8s.io/pause:3.6"#sandbox_image = 3#' /etc/containerd/config.toml`);
    const restart = await run('systemctl restart containerd');
    expect(restart.code).toBe(1);
    expect(restart.err).toContain('Job for containerd.service failed because the control process exited with error code.');
    // The real containerd 1.6.20 with this file: `containerd: (61, 5): Can't convert 3(int64) to string`.
    expect((await run('journalctl -u containerd --no-pager')).out).toMatch(/containerd\[\d+\]: containerd: \(61, 5\): Can't convert 3\(int64\) to string\n/);
    const ps = await run('crictl ps');
    expect(ps.code).toBe(1);
    expect(ps.err).toContain('dial unix /run/containerd/containerd.sock: connect: no such file or directory');
  });

  it('SystemdCgroup = "yes" starts (runc\'s options are a free map) and fails each runp (config-systemd-cgroup-string.json)', async () => {
    const { s, run } = await session();
    await run(`sed -i 's/SystemdCgroup = false/SystemdCgroup = "yes"/' /etc/containerd/config.toml`);
    expect((await run('systemctl restart containerd')).code).toBe(0);
    expect((await infoConfig(run)).containerd.runtimes.runc.options.SystemdCgroup).toBe('yes');
    const refused = await run('crictl runp pod.yaml');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`desc = failed to generate runtime options: (0, 0): Can't convert yes(string) to bool"\n`);
    expect((await run('crictl pods -q')).out).toBe('');
    expect(nodeStateProblems(s.node.state)).toEqual([]);
  });
});
