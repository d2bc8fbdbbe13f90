// Property (issue 9): random sequences of crictl commands — pods and containers made, started,
// stopped and removed, images pulled and removed, with valid and invalid ids, flags and configs —
// keep the CRI plugin's invariants (cri-invariants.ts): every CRI container's sandbox exists;
// every sandbox and container has its containerd container in k8s.io and every CRI-labelled
// containerd container is known to the plugin; a READY sandbox has a running pause task and a
// RUNNING container a running task, and no container runs in a NOTREADY sandbox (all share
// their pod's PID namespace here). Junk never throws out of a command (an exit code, the
// session usable after), and a command that fails where crictl fails before changing anything
// (bad config, unknown id, bad flag or --state, a running pod without -f…) leaves the node as
// it was.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession, createSimulator, type ShellSession } from '../../simulator/index';
import type { Node } from '../../simulator/node';
import { criFootprint, criViolations } from './cri-invariants';
import { FIXED_NOW, runGuarded } from './session-harness';

/** Config files written once per node (JSON and YAML, as crictl reads both). */
const FILES: Record<string, string> = {
  '/etc/crictl.yaml': 'runtime-endpoint: unix:///run/containerd/containerd.sock\nimage-endpoint: unix:///run/containerd/containerd.sock\ntimeout: 10\ndebug: false\n',
  // The notes' pod config (pod network).
  'pod.json': '{"metadata":{"name":"nginx-sandbox","namespace":"default","attempt":1,"uid":"hdishd83djaidwnduwk28bcsb"},"log_directory":"/tmp","linux":{}}',
  // A host-network pod, in YAML.
  'pod-host.yaml': 'metadata:\n  name: host\n  namespace: kube-system\n  uid: u-host\nlog_directory: /tmp/host\nlinux:\n  security_context:\n    namespace_options:\n      network: 2\n',
  'pod-host2.yaml': 'metadata:\n  name: host2\n  namespace: default\n  uid: u-host2\n  attempt: 2\nlinux:\n  security_context:\n    namespace_options:\n      network: 2\n',
  'pod-nometa.json': '{"log_directory":"/tmp"}',
  'pod-noname.json': '{"metadata":{"namespace":"default"}}',
  'junk.txt': 'this is: [not a config',
  // The notes' container config, a sleeper, one that exits at once with 3, and bad ones.
  'ctr-top.json': '{"metadata":{"name":"busybox"},"image":{"image":"busybox"},"command":["top"],"log_path":"busybox.0.log","linux":{}}',
  'ctr-sleep.yaml': 'metadata:\n  name: sleeper\nimage:\n  image: docker.io/library/busybox:latest\ncommand: [sleep, "1000"]\nlog_path: sleeper.log\n',
  'ctr-exit.json': '{"metadata":{"name":"quick"},"image":{"image":"busybox"},"command":["sh","-c","echo bye; exit 3"],"log_path":"quick.log"}',
  'ctr-noimage.json': '{"metadata":{"name":"noimage"}}',
  'ctr-nometa.json': '{"image":{"image":"busybox"}}',
  'ctr-unknown-image.json': '{"metadata":{"name":"ghost"},"image":{"image":"docker.io/library/nosuch:1"}}',
};

const GOOD_PODS = ['pod.json', 'pod-host.yaml', 'pod-host2.yaml', 'pod-noname.json'];
// crictl 1.26 does not check a config's fields (cmd/crictl/util.go loadPodSandboxConfig), and
// containerd 1.6 refuses a missing metadata but not an empty name: pod-noname.json is a pod.
const BAD_PODS = ['pod-nometa.json', 'junk.txt', 'missing.json'];
const GOOD_CTRS = ['ctr-top.json', 'ctr-sleep.yaml', 'ctr-exit.json'];
const BAD_CTRS = ['ctr-noimage.json', 'ctr-nometa.json', 'ctr-unknown-image.json', 'junk.txt', 'missing.json'];

/** An id as a learner types it: one that exists (whole or a prefix), or one that does not. */
type Ref = { kind: 'pod' | 'ctr'; pick: number; form: 'full' | 'prefix' | 'unknown' | 'short' };
const ref = (kind: 'pod' | 'ctr'): fc.Arbitrary<Ref> =>
  fc.record({ kind: fc.constant(kind), pick: fc.nat(7), form: fc.constantFrom<Ref['form']>('full', 'full', 'full', 'full', 'prefix', 'prefix', 'unknown', 'short') });

/** A step: its words, where `Ref`s are resolved against the node when the step runs. */
type Word = string | Ref;
interface Step {
  words: Word[];
  /** crictl fails before changing anything when this step fails (see the file's head). */
  pureOnFailure: boolean;
}
const step = (pureOnFailure: boolean, ...words: Word[]): Step => ({ words, pureOnFailure });

const w = <T,>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const pod = ref('pod');
const ctr = ref('ctr');
const goodPod = fc.constantFrom(...GOOD_PODS);
const goodCtr = fc.constantFrom(...GOOD_CTRS);

const command: fc.Arbitrary<Step> = fc.oneof(
  // Not pure: a pod whose network setup fails stays behind NOTREADY, with the pause image pulled.
  w(4, goodPod.map((p) => step(false, 'crictl', 'runp', p))),
  w(1, fc.constantFrom(...BAD_PODS).map((p) => step(true, 'crictl', 'runp', p))),
  w(5, fc.tuple(pod, goodCtr, goodPod).map(([id, c, p]) => step(true, 'crictl', 'create', id, c, p))),
  w(1, fc.tuple(pod, fc.constantFrom(...BAD_CTRS), goodPod).map(([id, c, p]) => step(true, 'crictl', 'create', id, c, p))),
  w(1, fc.tuple(pod, goodCtr, fc.constantFrom(...BAD_PODS)).map(([id, c, p]) => step(true, 'crictl', 'create', id, c, p))),
  w(2, fc.tuple(goodCtr, goodPod).map(([c, p]) => step(false, 'crictl', 'run', c, p))),
  w(1, fc.tuple(fc.constantFrom(...BAD_CTRS), fc.constantFrom(...BAD_PODS, ...GOOD_PODS)).map(([c, p]) => step(false, 'crictl', 'run', c, p))),
  // Not pure: containerd 1.6 marks a container it failed to start EXITED (container_start.go's deferred StartError).
  w(5, ctr.map((id) => step(false, 'crictl', 'start', id))),
  // Create and start in one line, as a learner pastes it.
  w(4, fc.tuple(pod, goodCtr, goodPod).map(([id, c, p]) => step(false, 'crictl', 'start', '$(crictl', 'create', id, c, `${p})`))),
  w(3, fc.tuple(fc.constantFrom([], ['-t', '0'], ['--timeout=1']), ctr).map(([flags, id]) => step(true, 'crictl', 'stop', ...flags, id))),
  w(3, ctr.map((id) => step(true, 'crictl', 'rm', id))),
  w(1, ctr.map((id) => step(false, 'crictl', 'rm', '-f', id))),
  w(1, fc.constant(step(false, 'crictl', 'rm', '-a'))),
  w(3, pod.map((id) => step(true, 'crictl', 'stopp', id))),
  w(3, pod.map((id) => step(true, 'crictl', 'rmp', id))),
  w(1, pod.map((id) => step(false, 'crictl', 'rmp', '-f', id))),
  w(1, fc.constant(step(false, 'crictl', 'rmp', '-a', '-f'))),
  w(1, fc.constantFrom('busybox', 'docker.io/library/busybox:latest', 'nginx:1.25', 'nosuch:1', 'Not A Ref').map((i) => step(false, 'crictl', 'pull', i))),
  w(1, fc.constantFrom('busybox', 'nginx:1.25', 'registry.k8s.io/pause:3.6', 'nosuch:1').map((i) => step(false, 'crictl', 'rmi', i))),
  w(1, fc.constant(step(false, 'crictl', 'rmi', '--prune'))),
  w(2, fc.constantFrom(['ps', '-a'], ['ps'], ['ps', '-q'], ['pods'], ['pods', '-q'], ['images'], ['ps', '--state', 'bogus'], ['pods', '--state', 'up'], ['ps', '-o', 'json'], ['pods', '-o', 'yaml']).map((a) => step(true, 'crictl', ...a))),
  w(1, ctr.map((id) => step(true, 'crictl', 'inspect', id))),
  w(1, pod.map((id) => step(true, 'crictl', 'inspectp', id))),
  w(1, ctr.map((id) => step(true, 'crictl', 'exec', '-s', id, 'echo', 'hi'))),
  w(1, ctr.map((id) => step(true, 'crictl', 'logs', id))),
  w(1, fc.constantFrom(['stop', '--bogus'], ['create'], ['start'], ['rmp'], ['runp'], ['run', 'only-one.json'], ['ps', '--last', 'x'], ['logs', '--tail', 'z', 'x'], ['--timeout', 'soon', 'ps']).map((a) => step(true, 'crictl', ...a))),
  // What ctr does to CRI's tasks is what CRI then reports (a killed pause task takes the
  // containers of its PID namespace with it: the configs leave pid at POD, CRI's default).
  // ctr takes whole ids only.
  w(2, fc.tuple(fc.constantFrom('pod', 'ctr', 'ctr'), fc.nat(7), fc.constantFrom('SIGKILL', 'SIGTERM')).map(([kind, pick, sig]) =>
    step(false, 'ctr', '-n', 'k8s.io', 't', 'kill', '-s', sig, { kind, pick, form: 'full' as const }),
  )),
  // Time passes: short-lived containers exit, stopped ones settle.
  w(2, fc.constant(step(false, 'sleep', '1'))),
);

/** The ids of kind `kind` on the node, in a stable order. */
function idsOf(node: Node, kind: Ref['kind']): string[] {
  return Object.keys(kind === 'pod' ? node.state.cri.sandboxes : node.state.cri.containers).sort();
}

function resolve(node: Node, word: Word): string {
  if (typeof word === 'string') return word;
  const ids = idsOf(node, word.kind);
  if (word.form === 'unknown' || ids.length === 0) return 'f00dfeed0123';
  const id = ids[word.pick % ids.length] as string;
  if (word.form === 'prefix') return id.slice(0, 13);
  // A one-character prefix: unique or ambiguous depending on what else exists.
  if (word.form === 'short') return id.slice(0, 1);
  return id;
}

/** A node with the config files; on even seeds without node1's CNI network, so pod-network pods fail. */
async function freshNode(seed: number): Promise<{ node: Node; session: ShellSession }> {
  const node = createSimulator({ seed, now: () => FIXED_NOW });
  const session = createSession({ node, now: () => FIXED_NOW });
  if (seed % 2 === 0) await session.run('rm /etc/cni/net.d/10-containerd-net.conflist');
  for (const [path, text] of Object.entries(FILES)) {
    await session.run(`cat > ${path} <<'EOF'\n${text}\nEOF`);
  }
  // The image most steps need, so that short sequences reach the interesting states.
  await session.run('crictl pull busybox');
  return { node, session };
}

describe('random sequences of crictl commands', () => {
  it('keep the CRI invariants; junk never throws; failures that change nothing change nothing', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 10, maxLength: 30, size: 'max' }), fc.integer({ min: 1, max: 1000 }), async (steps, seed) => {
        const { node, session } = await freshNode(seed);
        expect(criViolations(node.state), 'fresh node').toEqual([]);
        const transcript: string[] = [];
        for (const s of steps) {
          const line = s.words.map((word) => resolve(node, word)).join(' ');
          const before = criFootprint(node.state);
          const result = await runGuarded(session, line);
          transcript.push(`$ ${line} [${result.exitCode}]`);
          const where = `${transcript.join('\n')}\n${result.stderr}`;
          expect(result.stdout + result.stderr, where).not.toMatch(/internal simulator error|not simulated here|No help topic/);
          expect(Number.isInteger(result.exitCode) && result.exitCode >= 0 && result.exitCode <= 255, where).toBe(true);
          if (s.pureOnFailure && result.exitCode !== 0) expect(criFootprint(node.state), `failed and changed the node:\n${where}`).toBe(before);
          expect(criViolations(node.state), where).toEqual([]);
        }
        const alive = await runGuarded(session, 'echo alive');
        expect(alive.stdout).toBe('alive\n');
      }),
      { numRuns: 60, seed: 909090 },
    );
  });
});

/** Words crictl lines are made of: commands, flags with and without values, ids, files, junk. */
const JUNK_WORDS = [
  'ps', 'pods', 'images', 'img', 'image', 'runp', 'run', 'create', 'start', 'stop', 'rm', 'rmp', 'stopp', 'inspect', 'inspectp', 'inspecti',
  'logs', 'exec', 'attach', 'pull', 'rmi', 'info', 'version', 'stats', 'statsp', 'port-forward', 'update', 'imagefsinfo', 'completion', 'help', 'config',
  '-a', '-q', '-v', '-f', '-o', 'json', 'yaml', 'table', 'go-template', '--template', '{{.status.id}}', '{{', '--state', 'running', 'bogus',
  '--name', '.*', '[', '--label', 'a=b', '=', '--pod', '--id', '--latest', '-l', '--last', '-n', '3', '-1', '99999999999999999999', '--no-trunc',
  '--timeout', '0', '-t', '1s', 'x', '--since', '1h', '--tail', '--follow', '-s', '-it', '-i', '--digests', '--prune', '--all', '--force',
  '-r', 'runc', '--runtime-endpoint', 'unix:///nowhere.sock', '-i', 'tcp://1.2.3.4:5', '--debug', '-D', '--config', '/etc/passwd',
  'pod.json', 'pod-host.yaml', 'junk.txt', 'ctr-top.json', 'ctr-exit.json', 'missing.json', '/', '', '""', "''", 'busybox', 'nosuch:1',
  'sha256:', 'f00d', '0', 'ls', 'sh', 'echo', '80:80', '8080', ':', '--', '-', '--=', '-x', '--cpu-quota', '10000', '--memory', '1g',
];

describe('random crictl lines of junk', () => {
  it('end with an exit code, never an internal fault, and leave the node sound and the session usable', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.constantFrom(...JUNK_WORDS), { minLength: 0, maxLength: 6 }), { minLength: 3, maxLength: 12 }), fc.nat(1000), async (lines, seed) => {
        const { node, session } = await freshNode(seed);
        // A pod and a container the junk can find (by their ids' first letters, prefixes, `-l`).
        await session.run('crictl runp pod-host.yaml');
        for (const words of lines) {
          const line = ['crictl', ...words].join(' ');
          const result = await runGuarded(session, line);
          const where = `$ ${line} [${result.exitCode}]\n${result.stdout.slice(0, 300)}${result.stderr}`;
          expect(result.stdout + result.stderr, where).not.toMatch(/internal simulator error|not simulated here/);
          expect(Number.isInteger(result.exitCode) && result.exitCode >= 0 && result.exitCode <= 255, where).toBe(true);
          expect(criViolations(node.state), where).toEqual([]);
        }
        expect((await runGuarded(session, 'echo alive')).stdout).toBe('alive\n');
      }),
      { numRuns: 100, seed: 515151 },
    );
  });
});
