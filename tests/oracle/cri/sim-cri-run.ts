// Runs a CRI scenario on the simulator exactly as real-cri-run.ts runs it on a real node: the
// same archives at the same paths, CRI calls through the simulated plugin's services
// (`criServices` of simulator/cri/index.ts, request and response in protobuf-JSON form), ctr
// lines through the node's login shell, files from the node's VFS. Answers are put in the same
// canonical form (cri-client.ts) and normalised the same way (normalise-cri.ts).

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createSession } from '../../../simulator/index';
import { initialNodeState } from '../../../simulator/initial-state';
import { binaryToText, exists, mkdir, readFile, writeFile } from '../../../simulator/host/vfs';
import { makeSaved } from '../../../simulator/shell/saved-session';
import { criServices } from '../../../simulator/cri/index';
import { ContainerdError } from '../../../simulator/errdefs/errdefs';
import { grpcCodeName } from '../../../simulator/errdefs/grpc-status';
import { useNodeCodecs } from '../../../scripts/node-codecs';
import { CONTAINERD_DEFAULT_CONFIG } from '../../../simulator/host/containerd-default-config';
import { CNI_CONFLIST, bridgeConflist } from './cni-bridge';
import { replaceLines } from './stock-config';
import { canonical, responseType } from './cri-client';
import { logLinesByStream, Normaliser } from './normalise-cri';
import { CRI_FILES, type CriArchives } from './real-cri-run';
import { type RecordedStep, type Scenario, type StepResult, serviceOf, substitute } from './scenario';

useNodeCodecs();

const CONTAINERD_CONFIG = '/etc/containerd/config.toml';

type Rpc = (req: unknown, call?: { wait(ms: number): Promise<void> }) => Promise<unknown>;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export interface SimRun {
  steps: RecordedStep[];
  ms: number;
}

export async function runScenarioOnSimulator(scenario: Scenario, archives: CriArchives, seed = 1): Promise<SimRun> {
  const state = initialNodeState(seed, Date.now());
  const files = state.host.files;
  mkdir(files, `${CRI_FILES}/logs`, { parents: true });
  mkdir(files, `${CRI_FILES}/data`, { parents: true });
  writeFile(files, `${CRI_FILES}/data/hello.txt`, 'hello from the host\n', { mtimeMs: Date.now() });
  for (const path of [archives.pauseOci, archives.busyboxOci, archives.nginxDocker]) {
    // The VFS keeps bytes as a binary string, one char per byte.
    writeFile(files, `${CRI_FILES}/${basename(path)}`, readFileSync(path).toString('latin1'), { mtimeMs: Date.now() });
  }
  // The real daemon's CNI conf dir is private and empty unless the scenario gives it a network;
  // node1's own example network goes, so both sides load the same (or no) config.
  for (const path of Object.keys(files)) if (path.startsWith('/etc/cni/net.d/')) delete files[path];
  if (scenario.cni) {
    // The same network list a stock node would hold (the real run's private paths normalise to these).
    mkdir(files, '/etc/cni/net.d', { parents: true });
    writeFile(files, `/etc/cni/net.d/${CNI_CONFLIST}`, bridgeConflist('/var/lib/cni/networks'), { mtimeMs: Date.now() });
  }
  const session = createSession({ saved: makeSaved({ node: state, cwd: CRI_FILES, env: {}, exported: [], history: [] }) });
  if (scenario.configEdits) {
    // The learner's edit and restart: containerd reads config.toml as it starts.
    writeFile(session.node.state.host.files, CONTAINERD_CONFIG, replaceLines(CONTAINERD_DEFAULT_CONFIG, scenario.configEdits), { mtimeMs: Date.now() });
    const restart = await session.run('systemctl restart containerd');
    if (restart.exitCode !== 0) throw new Error(`containerd did not restart: ${restart.stderr}`);
  }
  const cri = criServices(session.node);
  const norm = new Normaliser({ dir: '/nonexistent-simulator-dir' });
  const ids = new Map<string, string>();

  const call = async (rpc: string, req: Record<string, unknown>): Promise<{ ok: true; response: Record<string, unknown> } | { ok: false; code: string; message: string }> => {
    const service = (serviceOf(rpc) === 'ImageService' ? cri.image : cri.runtime) as unknown as Record<string, Rpc | undefined>;
    const fn = service[lowerFirst(rpc)];
    if (!fn) return { ok: false, code: 'Unimplemented', message: `unknown method ${rpc} for service runtime.v1.${serviceOf(rpc)}` };
    try {
      // The node's time passes while a call waits (an exec's sleep), as the real call's does.
      const res = (await fn.call(service, req, { wait: (ms: number) => session.run(`sleep ${ms / 1000}`).then(() => undefined) })) ?? {};
      return { ok: true, response: canonical(responseType(serviceOf(rpc), rpc), res as Record<string, unknown>) };
    } catch (err) {
      if (err instanceof ContainerdError) return { ok: false, code: grpcCodeName(err.errClass), message: err.message };
      // A simulator bug, not a CRI answer: shown as such in the comparison.
      return { ok: false, code: 'SimulatorThrew', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
    }
  };

  const started = performance.now();
  const steps: RecordedStep[] = [];
  for (const step of scenario.steps) {
    let result: StepResult;
    if ('rpc' in step) {
      const out = await call(step.rpc, substitute(step.req ?? {}, ids));
      const id = out.ok ? String(out.response.podSandboxId ?? out.response.containerId ?? '') : /\b[0-9a-f]{64}\b/.exec(out.message)?.[0];
      if (step.as && id) {
        ids.set(step.as, id);
        norm.bind(step.as, id);
      }
      result = out.ok ? { response: norm.response(out.response) as Record<string, unknown> } : { error: { code: out.code, message: norm.text(out.message) } };
    } else if ('ctr' in step) {
      const r = await session.run(substitute(step.ctr, ids));
      result = { stdout: norm.ctrOutput(step.ctr, r.stdout), stderr: norm.ctrOutput(step.ctr, r.stderr), exit: r.exitCode };
    } else if ('waitFor' in step) {
      const id = substitute(step.waitFor, ids);
      const sandbox = step.state.startsWith('SANDBOX_');
      let reached = false;
      for (let i = 0; i < 100 && !reached; i++) {
        const out = sandbox ? await call('PodSandboxStatus', { podSandboxId: id }) : await call('ContainerStatus', { containerId: id });
        reached = out.ok && (out.response.status as { state?: string } | undefined)?.state === step.state;
        // Let a tenth of a second of the node's time pass between polls, as the real run's
        // polling does: timers run (a process that exits, an event handled, a loop that sleeps).
        if (!reached) await session.run('sleep 0.1');
      }
      result = { waited: reached ? step.state : `never reached ${step.state}` };
    } else {
      const path = substitute(step.readFile, ids);
      const live = session.node.state.host.files;
      result = { file: exists(live, path) ? logLinesByStream(norm.ctrOutput('', binaryToText(readFile(live, path)))) : null };
    }
    steps.push({ step, result });
  }
  return { steps, ms: performance.now() - started };
}
