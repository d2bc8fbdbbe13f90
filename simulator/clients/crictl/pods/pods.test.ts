// crictl 1.26.0's pod commands on a simulated node (cmd/crictl/sandbox.go and pod_stats.go
// @v1.26.0; the runtime's answers as containerd 1.6.20's, tests/oracle/cri/fixtures).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';
import { installNodePlugins } from '../../../node-plugins';
import { NOTES_POD_CONFIG } from '../test-support';

const NOW = Date.UTC(2026, 11, 4, 22, 0, 0);

const podYaml = (name: string, ns = 'default', extra = '') =>
  `metadata:\n  name: ${name}\n  namespace: ${ns}\n  uid: uid-${name}\n  attempt: 1\nlabels:\n  app: ${name}\nlinux:\n  security_context:\n    namespace_options:\n      network: 2\n${extra}`;

async function session() {
  const s = createSession({ seed: 21, now: () => NOW });
  installNodePlugins(s.node);
  const run = async (line: string) => {
    const r = await s.run(line);
    return { out: r.stdout, err: r.stderr, code: r.exitCode };
  };
  await run("echo 'runtime-endpoint: unix:///run/containerd/containerd.sock' > /etc/crictl.yaml");
  // containerd's own bridge config (10-containerd-net.conflist): pod-network pods get 10.88.0.x.
  await run(`mkdir -p /etc/cni/net.d && echo '{"cniVersion": "1.0.0", "name": "containerd-net", "plugins": [{"type": "bridge"}]}' > /etc/cni/net.d/10-containerd-net.conflist`);
  await run(`cat > pod-config.json <<'EOF'\n${NOTES_POD_CONFIG}\nEOF`);
  for (const name of ['web', 'db']) await run(`cat > ${name}.yaml <<'EOF'\n${podYaml(name, name === 'db' ? 'data' : 'default')}EOF`);
  return { s, run };
}

/** The msg of logrus's fatal line (not a terminal: key=value form). */
const fatal = (err: string) => /level=fatal msg="((?:[^"\\]|\\.)*)"\n$/.exec(err)?.[1]?.replace(/\\"/g, '"');

describe('crictl runp', () => {
  it('prints the new id; the notes\' pod-config.json gets a pod network address', async () => {
    const { run } = await session();
    const r = await run('crictl runp pod-config.json');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^[0-9a-f]{64}\n$/);
    const table = await run('crictl inspectp -o table ' + r.out.trim());
    expect(table.out).toContain('IP Addresses: 10.88.0.2\n');
    // what `ctr -n k8s.io` shows of it (pod-lifecycle.json, "sandbox ready")
    expect((await run('ctr -n k8s.io c ls')).out).toContain(`${r.out.trim()}    registry.k8s.io/pause:3.6    io.containerd.runc.v2`);
    expect((await run('ctr -n k8s.io t ls')).out).toMatch(new RegExp(`${r.out.trim()}\\s+\\d+\\s+RUNNING`));
  });

  it('bad configs: missing, not JSON/YAML, no metadata, a reserved name (sandbox.go:74-83)', async () => {
    const { run } = await session();
    expect(fatal((await run('crictl runp nope.json')).err)).toBe('load podSandboxConfig: config at nope.json not found');
    await run(`printf '{"metadata": }' > broken.json`);
    expect(fatal((await run('crictl runp broken.json')).err)).toBe(
      "load podSandboxConfig: json: offset 14: invalid character '}' looking for beginning of value",
    );
    await run(`printf 'metadata:\\n\\tname: x\\n' > tabs.yaml`);
    expect(fatal((await run('crictl runp tabs.yaml')).err)).toBe(
      'load podSandboxConfig: error converting YAML to JSON: yaml: line 2: found character that cannot start any token',
    );
    await run(`echo '{"log_directory": "/tmp"}' > nometa.json`);
    expect(fatal((await run('crictl runp nometa.json')).err)).toBe(
      'run pod sandbox: rpc error: code = Unknown desc = sandbox config must include metadata',
    );
    const id = (await run('crictl runp web.yaml')).out.trim();
    const again = await run('crictl runp web.yaml');
    expect(again.code).toBe(1);
    expect(fatal(again.err)).toBe(
      `run pod sandbox: rpc error: code = Unknown desc = failed to reserve sandbox name "web_default_uid-web_1": name "web_default_uid-web_1" is reserved for "${id}"`,
    );
    expect((await run('crictl pods -q')).out).toBe(`${id}\n`);
  });

  it('a pod network without a CNI config fails as on the recorded node and leaves the pod NotReady', async () => {
    const { run } = await session();
    await run('rm /etc/cni/net.d/10-containerd-net.conflist');
    const r = await run('crictl runp pod-config.json');
    expect(r.code).toBe(1);
    expect(fatal(r.err)).toMatch(/^run pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "[0-9a-f]{64}": cni plugin not initialized$/);
    expect((await run('crictl pods')).out).toContain('NotReady');
  });

  it('no argument: the command help, exit 0', async () => {
    const { run } = await session();
    const r = await run('crictl runp');
    expect(r.code).toBe(0);
    expect(r.out).toContain('crictl runp - Run a new pod');
  });
});

describe('crictl pods', () => {
  it('the 7-column table, newest first, ages from go-units (sandbox.go:497-531)', async () => {
    const { run } = await session();
    const web = (await run('crictl runp web.yaml')).out.trim();
    await run('sleep 5');
    const db = (await run('crictl runp db.yaml')).out.trim();
    await run('sleep 2');
    expect((await run('crictl pods')).out).toBe(
      [
        'POD ID              CREATED             STATE               NAME                NAMESPACE           ATTEMPT             RUNTIME',
        `${db.slice(0, 13)}       2 seconds ago       Ready               db                  data                1                   (default)`,
        `${web.slice(0, 13)}       7 seconds ago       Ready               web                 default             1                   (default)`,
        '',
      ].join('\n'),
    );
    expect((await run('crictl pods --no-trunc -q')).out).toBe(`${db}\n${web}\n`);
    expect((await run('crictl pods --name ^w -q')).out).toBe(`${web}\n`);
    expect((await run('crictl pods --namespace data -q')).out).toBe(`${db}\n`);
    expect((await run('crictl pods --label app=web -q')).out).toBe(`${web}\n`);
    expect((await run('crictl pods -l -q')).out).toBe(`${db}\n`);
    expect((await run(`crictl pods --id ${web.slice(0, 8)} -q`)).out).toBe(`${web}\n`);
    await run(`crictl stopp ${web}`);
    expect((await run('crictl pods -s notready -q')).out).toBe(`${web}\n`);
    expect((await run('crictl pods --state READY -q')).out).toBe(`${db}\n`);
  });

  it('-v blocks (sandbox.go:533-567) and -o json', async () => {
    const { run } = await session();
    const web = (await run('crictl runp web.yaml')).out.trim();
    const v = (await run('crictl pods -v')).out;
    expect(v).toMatch(new RegExp(`^ID: ${web}\\nName: web\\nUID: uid-web\\nNamespace: default\\nAttempt: 1\\nStatus: Ready\\nCreated: 2026-12-04 22:00:00(\\.\\d+)? \\+0000 UTC\\nLabels:\\n\\tapp -> web\\nRuntime: \\(default\\)\\n\\n$`));
    const json = JSON.parse((await run('crictl pods -o json')).out);
    expect(json.items[0]).toMatchObject({ id: web, metadata: { name: 'web', uid: 'uid-web', namespace: 'default', attempt: 1 }, state: 'SANDBOX_READY', labels: { app: 'web' } });
  });

  it('a bad --state is log.Fatalf (sandbox.go:469): the standard logger\'s line, exit 1', async () => {
    const { run } = await session();
    const r = await run('crictl pods -s bogus');
    expect(r).toEqual({ out: '', err: '2026/12/04 22:00:00 --state should be ready or notready\n', code: 1 });
    expect(fatal((await run('crictl pods -o wide')).err)).toBe('listing pod sandboxes: unsupported output format "wide"');
    expect(fatal((await run('crictl pods --label app')).err)).toBe('incorrectly specified label: app');
  });
});

describe('crictl stopp / rmp', () => {
  it('rmp of a ready pod without -f is refused and changes nothing; -f stops then removes', async () => {
    const { run } = await session();
    const web = (await run('crictl runp web.yaml')).out.trim();
    const r = await run(`crictl rmp ${web}`);
    expect(r.code).toBe(1);
    expect(fatal(r.err)).toBe(`pod sandbox "${web}" is running, please stop it first`);
    expect((await run('crictl pods -s ready -q')).out).toBe(`${web}\n`);
    expect((await run(`crictl rmp -f ${web.slice(0, 6)}`)).out).toBe(`Stopped sandbox ${web.slice(0, 6)}\nRemoved sandbox ${web.slice(0, 6)}\n`);
    expect((await run('crictl pods -q')).out).toBe('');
    expect((await run('ctr -n k8s.io c ls -q')).out).toBe('');
  });

  it('stopp then rmp, rmp -a, and unknown ids', async () => {
    const { run } = await session();
    const web = (await run('crictl runp web.yaml')).out.trim();
    const db = (await run('crictl runp db.yaml')).out.trim();
    expect((await run(`crictl stopp ${web}`)).out).toBe(`Stopped sandbox ${web}\n`);
    expect((await run('ctr -n k8s.io t ls -q')).out).toBe(`${db}\n`);
    expect((await run(`crictl rmp ${web}`)).out).toBe(`Removed sandbox ${web}\n`);
    expect(fatal((await run('crictl stopp nope')).err)).toBe(
      'stopping the pod sandbox "nope": rpc error: code = NotFound desc = an error occurred when try to find sandbox "nope": not found',
    );
    expect(fatal((await run('crictl rmp nope')).err)).toBe(
      'getting sandbox status of pod "nope": rpc error: code = NotFound desc = an error occurred when try to find sandbox: not found',
    );
    expect((await run('crictl rmp -af')).out).toBe(`Stopped sandbox ${db}\nRemoved sandbox ${db}\n`);
    expect((await run('crictl rmp -a')).out).toContain('crictl rmp - Remove one or more pods');
  });

  it('an ambiguous prefix is the runtime\'s truncindex error', async () => {
    const { run } = await session();
    const ids: string[] = [];
    let shared: string | undefined;
    for (let i = 0; i < 17 && !shared; i++) {
      await run(`cat > p${i}.yaml <<'EOF'\n${podYaml(`p${i}`)}EOF`);
      const id = (await run(`crictl runp p${i}.yaml`)).out.trim();
      shared = ids.find((other) => other[0] === id[0])?.[0];
      ids.push(id);
    }
    expect(shared).toBeDefined();
    expect(fatal((await run(`crictl stopp ${shared}`)).err)).toBe(
      `stopping the pod sandbox "${shared}": rpc error: code = Unknown desc = an error occurred when try to find sandbox "${shared}": Multiple IDs found with provided prefix: ${shared}`,
    );
    expect(fatal((await run(`crictl inspectp ${shared}`)).err)).toBe(
      `getting the pod sandbox status for "${shared}": rpc error: code = Unknown desc = an error occurred when try to find sandbox: Multiple IDs found with provided prefix: ${shared}`,
    );
  });

  it('`ctr -n k8s.io t kill` of the pause task shows as NotReady', async () => {
    const { run } = await session();
    const web = (await run('crictl runp web.yaml')).out.trim();
    expect((await run(`ctr -n k8s.io t kill -s KILL ${web}`)).code).toBe(0);
    expect((await run('crictl pods')).out).toContain('NotReady');
    expect((await run('ctr -n k8s.io t ls -q')).out).toBe('');
  });
});

describe('crictl inspectp', () => {
  it('json (default) puts the status with an RFC 3339 createdAt beside the verbose info', async () => {
    const { run } = await session();
    const web = (await run('crictl runp web.yaml')).out.trim();
    const out = JSON.parse((await run(`crictl inspectp ${web}`)).out);
    expect(Object.keys(out)).toEqual(['status', 'info']);
    expect(Object.keys(out.status)).toEqual(['id', 'metadata', 'state', 'createdAt', 'network', 'linux', 'labels', 'annotations', 'runtimeHandler']);
    expect(out.status.createdAt).toMatch(/^2026-12-04T22:00:00(\.\d+)?Z$/);
    expect(out.info).toMatchObject({ processStatus: 'running', image: 'registry.k8s.io/pause:3.6', snapshotKey: web });
    const quiet = JSON.parse((await run(`crictl inspectp -q ${web}`)).out);
    expect(Object.keys(quiet)).toEqual(['status']);
    expect((await run(`crictl inspectp -o yaml -q ${web}`)).out).toMatch(/^status:\n {2}annotations: \{\}\n {2}createdAt: "2026-12-04T22:00:00/);
    expect(fatal((await run(`crictl inspectp -o wide ${web}`)).err)).toBe(`getting the pod sandbox status for "${web}": output option cannot be wide`);
  });

  it('the table form (sandbox.go:409-446)', async () => {
    const { run } = await session();
    const web = (await run('crictl runp web.yaml')).out.trim();
    const table = (await run(`crictl inspectp -q -o table ${web}`)).out;
    expect(table).toMatch(
      new RegExp(`^ID: ${web}\\nName: web\\nUID: uid-web\\nNamespace: default\\nAttempt: 1\\nStatus: SANDBOX_READY\\nCreated: 2026-12-04 22:00:00(\\.\\d+)? \\+0000 UTC\\nIP Addresses: \\nLabels:\\n\\tapp -> web\\n$`),
    );
  });
});

describe('crictl statsp', () => {
  it('without a cgroup parent the runtime refuses, as the recorded node (configs-streams-stats.json)', async () => {
    const { run } = await session();
    const web = (await run('crictl runp web.yaml')).out.trim();
    const r = await run('crictl statsp');
    expect(r.code).toBe(1);
    expect(fatal(r.err)).toBe(
      `get pod stats: display pod stats: list pod sandbox stats: rpc error: code = Unknown desc = failed to obtain metrics for sandbox "${web}": failed to get cgroup metrics for sandbox ${web} because cgroupPath is empty`,
    );
  });

  it('with one, the table after a second sample (pod_stats.go:160-215)', async () => {
    const { run } = await session();
    await run(`cat > cg.yaml <<'EOF'\n${podYaml('cg', 'default', '  cgroup_parent: /kubepods/pod-cg\n')}EOF`);
    const id = (await run('crictl runp cg.yaml')).out.trim();
    const r = await run('crictl statsp');
    expect(r.err).toBe('');
    expect(r.out).toMatch(new RegExp(`^\\u001b\\[2J\\u001b\\[HPOD                 POD ID              CPU %               MEM\\ncg                  ${id.slice(0, 13)}       \\d+\\.\\d\\d\\s+\\S+\\n$`));
    expect(JSON.parse((await run('crictl statsp -o json')).out).stats[0].attributes.id).toBe(id);
  });
});
