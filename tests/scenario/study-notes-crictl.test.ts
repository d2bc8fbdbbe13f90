// Every crictl command of the study notes (source/study-notes.zh.txt, the crictl section), in the
// notes' order, on one simulated node, with the slips of reference/seed-slips.md that concern
// crictl: each gets the answer crictl 1.26.0 gives against containerd 1.6.20's CRI plugin (some
// are errors on a real node too: `crictl rm mynginx` names a container by a name crictl does not
// take), never an internal fault or a "not simulated".

import { describe, expect, it } from 'vitest';
import { createSession, type LineResult } from '../../simulator/index';
import { CONTAINER_CONFIG, CRICTL_YAML, POD_CONFIG } from './notes-crictl-files';

const HEX64 = /^[0-9a-f]{64}$/;
/** crictl 1.26's `ps` header: 8 columns, POD last (the NAMESPACE column came in v1.32). */
const PS_HEADER = /^CONTAINER\s+IMAGE\s+CREATED\s+STATE\s+NAME\s+ATTEMPT\s+POD ID\s+POD\s*$/;
const IMAGES_HEADER = 'IMAGE               TAG                 IMAGE ID            SIZE\n';

function clean(r: LineResult): string {
  const all = r.stdout + r.stderr;
  expect(all).not.toMatch(/internal simulator error|not simulated here|No help topic/);
  return all;
}

describe('the study notes, crictl walk-through', () => {
  const session = createSession({ seed: 7, now: () => Date.UTC(2026, 10, 28, 6, 0, 0) });
  const run = async (line: string, code: number): Promise<LineResult> => {
    const r = await session.run(line);
    expect(r.exitCode, clean(r)).toBe(code);
    return r;
  };
  let containerId = '';
  /** The container `crictl run` started; the steps after it need it. */
  const started = (): string => {
    expect(containerId, 'crictl run gave no container id').toMatch(HEX64);
    return containerId;
  };

  it('$ crictl -h lists the commands the notes use', async () => {
    const r = await run('crictl -h', 0);
    expect(r.stdout).toMatch(/^NAME:\n {3}crictl - client for CRI\n/);
    expect(r.stdout).toContain('VERSION:\n   v1.26.0\n');
    for (const name of ['images, image, img', 'pull', 'rmi', 'ps', 'run', 'rm', 'exec', 'logs', 'inspect']) {
      expect(r.stdout).toMatch(new RegExp(`^ {3}${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s{2,}\\S`, 'm'));
    }
  });

  it('writes /etc/crictl.yaml with a heredoc (the notes use vim)', async () => {
    await run(CRICTL_YAML, 0);
    const r = await run('cat /etc/crictl.yaml', 0);
    expect(r.stdout).toBe('runtime-endpoint: unix:///run/containerd/containerd.sock\nimage-endpoint: unix:///run/containerd/containerd.sock\ntimeout: 10\ndebug: false\n');
  });

  // seed-slips row 19: `list` is a repository filter, so only the header shows.
  it('$ crictl image list prints only the header', async () => {
    const r = await run('crictl image list', 0);
    expect(r.stdout).toBe(IMAGES_HEADER);
    expect(r.stderr).toBe('');
  });

  // seed-slips row 1: the table's `ctictl pull` is a typo.
  it('$ ctictl pull nginx:1.25 is not a command', async () => {
    const r = await run('ctictl pull nginx:1.25', 127);
    expect(r.stderr).toContain('ctictl: command not found');
  });

  it('$ crictl pull nginx:1.25 prints the image id, no progress', async () => {
    const r = await run('crictl pull nginx:1.25', 0);
    expect(r.stdout).toMatch(/^Image is up to date for sha256:[0-9a-f]{64}\n$/);
    expect(r.stderr).toBe('');
    const images = await run('crictl images', 0);
    expect(images.stdout).toMatch(/^docker\.io\/library\/nginx\s+1\.25\s+[0-9a-f]{13}\s+\d+(\.\d+)?MB\s*$/m);
  });

  it('$ crictl rmi nginx:1.25 deletes it', async () => {
    const r = await run('crictl rmi nginx:1.25', 0);
    expect(r.stdout).toBe('Deleted: docker.io/library/nginx:1.25\n');
    expect((await run('crictl images', 0)).stdout).toBe(IMAGES_HEADER);
  });

  // seed-slips row 2: the en dash makes `–prune` an image name crictl cannot find.
  it('$ crictl rmi –prune (en dash) looks for an image named –prune', async () => {
    const r = await run('crictl rmi –prune', 1);
    expect(r.stderr).toContain('no such image –prune');
    expect(r.stderr).toContain('unable to remove the image(s)');
  });

  it('$ crictl rmi --prune has nothing to prune', async () => {
    await run('crictl rmi --prune', 0);
  });

  it('$ crictl ps -a prints the 8-column header on an empty node', async () => {
    const r = await run('crictl ps -a', 0);
    expect(r.stdout.split('\n')[0]).toMatch(PS_HEADER);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('writes pod-config.json and container-config.json with cat > … <<EOF', async () => {
    await run(POD_CONFIG, 0);
    await run(CONTAINER_CONFIG, 0);
    expect(JSON.parse((await run('cat pod-config.json', 0)).stdout)).toMatchObject({ metadata: { name: 'nginx-sandbox', attempt: 1 }, log_directory: '/tmp' });
    expect(JSON.parse((await run('cat container-config.json', 0)).stdout)).toMatchObject({ image: { image: 'busybox' }, command: ['top'] });
  });

  // The notes' pod-config.json asks for the pod network (no namespace_options), which containerd
  // 1.6 sets up through CNI: without a config in /etc/cni/net.d, RunPodSandbox fails (`cni plugin
  // not initialized`, tests/oracle/cri/fixtures/configs-streams-stats.json). The notes' node had
  // Kubernetes installed, so node1 must come with one for the notes to work word for word.
  it('node1 has a pod network for the notes pod-config.json (crictl info: NetworkReady)', async () => {
    expect((await run('ls /etc/cni/net.d', 0)).stdout, 'node1 ships no CNI config').not.toBe('');
    const info = JSON.parse((await run('crictl info', 0)).stdout) as { status: { conditions: Array<{ type: string; status: boolean }> } };
    expect(info.status.conditions).toContainEqual(expect.objectContaining({ type: 'NetworkReady', status: true }));
  });

  it('$ crictl run container-config.json pod-config.json pulls busybox, runs the pod and prints the container id', async () => {
    const r = await run('crictl run container-config.json pod-config.json', 0);
    containerId = r.stdout.trim();
    expect(containerId).toMatch(HEX64);
    // POD is the container's io.kubernetes.pod.name label, which only the kubelet's configs set:
    // "unknown" for crictl's (cmd/crictl/util.go getPodNameFromLabels @v1.26.0).
    const ps = await run('crictl ps', 0);
    const rows = ps.stdout.split('\n').filter(Boolean);
    expect(rows[0]).toMatch(PS_HEADER);
    expect(rows.slice(1)).toEqual([expect.stringMatching(new RegExp(`^${containerId.slice(0, 13)}\\s+busybox\\s+.+ago\\s+Running\\s+busybox\\s+0\\s+[0-9a-f]{13}\\s+unknown$`))]);
    const pods = await run('crictl pods', 0);
    expect(pods.stdout).toMatch(/^[0-9a-f]{13}\s+.+ago\s+Ready\s+nginx-sandbox\s+default\s+1\s+\(default\)$/m);
    // The image the run pulled (and the sandbox image) are CRI images now.
    const images = await run('crictl images', 0);
    expect(images.stdout).toMatch(/^docker\.io\/library\/busybox\s+latest\s/m);
    expect(images.stdout).toMatch(/^registry\.k8s\.io\/pause\s+3\.6\s/m);
  });

  // seed-slips row 20: crictl takes ids (or unique prefixes), never names.
  it('$ crictl rm mynginx fails: no container has that id', async () => {
    const r = await run('crictl rm mynginx', 1);
    expect(r.stdout).toBe('');
    // ContainerStatus first (container.go rm @v1.26.0): NotFound, logged, then the summary.
    expect(r.stderr).toContain('level=error msg="rpc error: code = NotFound desc = an error occurred when try to find container \\"mynginx\\": not found"');
    expect(r.stderr).toMatch(/level=fatal msg="unable to remove container\(s\)"\n$/);
  });

  it('$ crictl ps -q gives the id the notes exec into', async () => {
    started();
    const r = await run('crictl ps -q', 0);
    expect(r.stdout).toBe(`${containerId}\n`);
  });

  it('$ crictl exec -it <id> sh opens a shell in the container, exit leaves it', async () => {
    started();
    const open = await session.run(`crictl exec -it ${containerId} sh`, { tty: true });
    expect(open.exitCode, clean(open)).toBe(0);
    const ls = await session.run('ls /', { tty: true });
    expect(clean(ls)).toMatch(/\bbin\b[\s\S]*\betc\b/);
    const exit = await session.run('exit', { tty: true });
    expect(exit.exitCode, clean(exit)).toBe(0);
    // Back at the node's shell.
    expect(session.prompt()).toBe('root@node1:~# ');
  });

  it('$ crictl exec <id> … runs a command and passes its exit code', async () => {
    started();
    expect((await run(`crictl exec ${containerId} cat /etc/hostname`, 0)).stdout).not.toBe('');
    expect((await run(`crictl exec ${containerId.slice(0, 13)} ls /`, 0)).stdout).toMatch(/\bbin\b/);
    expect((await run(`echo hello | crictl exec -i ${containerId} cat`, 0)).stdout).toBe('hello\n');
    // A failing command: crictl 1.26 reports it (FATA, exit 1), see streams/exec.ts.
    const failed = await run(`crictl exec ${containerId} ls /nowhere`, 1);
    expect(failed.stderr).toContain('command terminated with exit code 1');
    const sync = await run(`crictl exec -s ${containerId} echo hi`, 0);
    expect(sync.stdout).toBe('hi\n\n\n');
  });

  it('$ crictl logs <id> prints what top wrote', async () => {
    started();
    await run('sleep 2', 0);
    const r = await run(`crictl logs ${containerId}`, 0);
    expect(r.stdout + r.stderr).toMatch(/Mem: .*used/);
    expect((await run('ls /tmp', 0)).stdout).toContain('busybox.0.log');
  });

  it('$ crictl inspect <id> prints status and info as JSON', async () => {
    started();
    const r = await run(`crictl inspect ${containerId}`, 0);
    const doc = JSON.parse(r.stdout) as { status: Record<string, unknown>; info: Record<string, unknown> };
    expect(doc.status).toMatchObject({ id: containerId, state: 'CONTAINER_RUNNING', metadata: { name: 'busybox', attempt: 0 }, logPath: '/tmp/busybox.0.log', exitCode: 0 });
    expect(doc.status.finishedAt).toBe('0001-01-01T00:00:00Z');
    expect(doc.info).toMatchObject({ sandboxID: expect.stringMatching(HEX64), runtimeType: 'io.containerd.runc.v2' });
    // 1.26 writes "status" first, then the info keys sorted (util.go outputStatusInfo).
    expect(r.stdout.startsWith('{\n  "status": {')).toBe(true);
  });

  // seed-slips row 3: `-v` is crictl's own version, not the cluster's.
  it('$ crictl -v prints crictl own version', async () => {
    expect((await run('crictl -v', 0)).stdout).toBe('crictl version v1.26.0\n');
  });

  // seed-slips row 6: containers are removed with `rm` (-a: all of them), after stopping them.
  it('$ crictl rm -a refuses the running container, stop then rm -a removes it', async () => {
    started();
    const refused = await run('crictl rm -a', 1);
    // logrus' text form (stderr is no terminal here) escapes the quotes.
    expect(refused.stderr).toContain(`level=error msg="container \\"${containerId}\\" is running, please stop it first"`);
    expect(refused.stderr).toMatch(/level=fatal msg="unable to remove container\(s\)"\n$/);
    expect((await run(`crictl stop ${containerId}`, 0)).stdout).toBe(`${containerId}\n`);
    expect((await run('crictl rm -a', 0)).stdout).toBe(`${containerId}\n`);
    expect((await run('crictl ps -a -q', 0)).stdout).toBe('');
  });
});
