// The "bad input" list on one node: each mistake gets crictl's fatal line on stderr, exit
// 1, nothing on stdout, and the node as it was (the CRI records and containerd's k8s.io objects,
// compared as tests/property/cri-invariants.ts's footprint).

import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, createSimulator, type LineResult, type ShellSession } from '../../simulator/index';
import type { Node } from '../../simulator/node';
import { criFootprint } from '../property/cri-invariants';
import { CONTAINER_CONFIG, CRICTL_YAML, POD_CONFIG } from './notes-crictl-files';

const NOW = Date.UTC(2026, 10, 28, 6, 0, 0);
const HOST_POD = (name: string) =>
  `cat > ${name}.yaml <<EOF\nmetadata:\n  name: ${name}\n  namespace: default\n  uid: uid-${name}\nlinux:\n  security_context:\n    namespace_options:\n      network: 2\nEOF`;

describe('crictl bad input', () => {
  const node: Node = createSimulator({ seed: 5, now: () => NOW });
  const session: ShellSession = createSession({ node, now: () => NOW });
  const run = async (line: string): Promise<LineResult> => {
    const r = await session.run(line);
    expect(r.stdout + r.stderr, line).not.toMatch(/internal simulator error|not simulated here/);
    return r;
  };
  const ids: { pods: string[]; ready: string; exited: string; running: string } = { pods: [], ready: '', exited: '', running: '' };

  beforeAll(async () => {
    for (const line of [CRICTL_YAML, POD_CONFIG, CONTAINER_CONFIG, 'crictl pull busybox']) expect((await run(line)).exitCode, line).toBe(0);
    // Pods until two ids share their first hex digit (at most 17, by pigeonhole).
    for (let i = 0; i < 17; i++) {
      await run(HOST_POD(`p${i}`));
      ids.pods.push((await run(`crictl runp p${i}.yaml`)).stdout.trim());
      if (new Set(ids.pods.map((id) => id[0])).size < ids.pods.length) break;
    }
    ids.ready = ids.pods[0] ?? '';
    ids.running = (await run(`crictl create ${ids.ready} container-config.json pod-config.json`)).stdout.trim();
    await run(`crictl start ${ids.running}`);
    await run(`cat > exits.json <<EOF\n{"metadata":{"name":"exits"},"image":{"image":"busybox"},"command":["true"]}\nEOF`);
    ids.exited = (await run(`crictl create ${ids.ready} exits.json pod-config.json`)).stdout.trim();
    await run(`crictl start ${ids.exited}; sleep 1`);
    expect(JSON.parse((await run(`crictl inspect ${ids.exited}`)).stdout).status.state).toBe('CONTAINER_EXITED');
  });

  /**
   * Runs `line`, expects crictl's failure, and the node unchanged; returns stderr. `logrus`:
   * the fatal line is logrus'; false where crictl calls Go's log.Fatalf instead.
   */
  const fails = async (line: string, logrus = true): Promise<string> => {
    const before = criFootprint(node.state);
    const r = await run(line);
    expect(r.exitCode, `${line}\n${r.stderr}`).toBe(1);
    expect(r.stdout, line).toBe('');
    expect(r.stderr, line).toMatch(logrus ? /level=fatal msg=".*"\n$/ : /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d .*\n$/);
    expect(criFootprint(node.state), `${line} changed the node`).toBe(before);
    return r.stderr;
  };

  it('malformed /etc/crictl.yaml', async () => {
    await run('cp /etc/crictl.yaml /root/crictl.yaml.good');
    await run("printf 'runtime-endpoint: [unix:///run/containerd/containerd.sock\\n' > /etc/crictl.yaml");
    await fails('crictl ps');
    await run("printf 'timeout: soon\\n' > /etc/crictl.yaml");
    await fails('crictl pods');
    await run('cp /root/crictl.yaml.good /etc/crictl.yaml');
  });

  it('an endpoint that points nowhere', async () => {
    const err = await fails('crictl --runtime-endpoint unix:///run/nowhere.sock ps');
    expect(err).toContain('code = Unavailable');
    expect(err).toContain('/run/nowhere.sock: connect: no such file or directory');
  });

  it('a config file that is missing, not JSON/YAML, or lacks metadata / image', async () => {
    expect(await fails('crictl runp missing.json')).toContain('missing.json');
    await run("printf '{not json' > broken.json");
    await fails('crictl runp broken.json');
    await run(`printf '{"log_directory":"/tmp"}' > nometa.json`);
    await fails('crictl runp nometa.json');
    await run(`printf '{"metadata":{"name":"noimage"}}' > noimage.json`);
    await fails(`crictl create ${ids.ready} noimage.json pod-config.json`);
    await fails(`crictl create ${ids.ready} missing.json pod-config.json`);
  });

  it('an image that is not present (create does not pull) or does not exist', async () => {
    await run(`printf '{"metadata":{"name":"ghost"},"image":{"image":"docker.io/library/nginx:1.25"}}' > ghost.json`);
    await fails(`crictl create ${ids.ready} ghost.json pod-config.json`);
    await fails('crictl pull docker.io/library/nosuch:1');
    expect(await fails('crictl inspecti docker.io/library/nosuch:1')).toContain('no such image');
  });

  it('an id prefix that matches none, or two', async () => {
    expect(await fails('crictl inspectp f00dfeed')).toContain('f00dfeed');
    expect(await fails('crictl inspect f00dfeed')).toContain('f00dfeed');
    const counts = new Map<string, number>();
    for (const id of ids.pods) counts.set(id[0] ?? '', (counts.get(id[0] ?? '') ?? 0) + 1);
    const shared = [...counts].find(([, n]) => n > 1)?.[0];
    expect(shared, 'two pods with the same first hex digit').toBeDefined();
    // containerd's truncindex (1.6 pkg/cri/store/sandbox/sandbox.go Get): not NotFound, its own error.
    expect(await fails(`crictl inspectp ${shared}`)).toContain(`Multiple IDs found with provided prefix: ${shared}`);
    expect(await fails(`crictl stopp ${shared}`)).toContain(`Multiple IDs found with provided prefix: ${shared}`);
  });

  it('rmp of a ready pod without -f, rm of a running container', async () => {
    expect(await fails(`crictl rmp ${ids.ready}`)).toContain('is running, please stop it first');
    expect(await fails(`crictl rm ${ids.running}`)).toContain('is running, please stop it first');
  });

  it('exec into an exited container', async () => {
    expect(await fails(`crictl exec ${ids.exited} ls`)).toContain('CONTAINER_EXITED');
    expect(await fails(`crictl exec -s ${ids.exited} ls`)).toContain('CONTAINER_EXITED');
  });

  it('a bad --state value', async () => {
    // Go's log.Fatalf, not logrus (cmd/crictl/container.go and sandbox.go @v1.26.0).
    expect(await fails('crictl ps --state up', false)).toContain('--state should be one of created, running, exited or unknown');
    expect(await fails('crictl pods --state up', false)).toContain('--state should be ready or notready');
  });
});
