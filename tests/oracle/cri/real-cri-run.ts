// Runs a CRI scenario on a private real containerd 1.6 (tests/oracle/real-containerd.ts, with
// the node's stock config.toml, its paths moved: stock-config.ts): CRI calls over its
// socket, ctr lines with CONTAINERD_ADDRESS, file reads. The test images sit at fixed paths under
// CRI_FILES, where the scenarios' pod log directories are too, so the same requests work on the
// simulator; two runs on one machine take turns through a lock. Everything is removed afterwards.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltArchives } from '../build-images';
import { acquireDirLock, releaseDirLock } from '../dir-lock';
import { startRealContainerd } from '../real-containerd';
import { installBridgeNetwork, removeBridge } from './cni-bridge';
import { stockConfigToml } from './stock-config';
import { CriClient } from './cri-client';
import { logLinesByStream, Normaliser } from './normalise-cri';
import { type RecordedStep, type Scenario, type Step, type StepResult, serviceOf, substitute } from './scenario';

/** Where scenarios find the test archives and put pod logs, on the real node and in the simulator. */
export const CRI_FILES = '/tmp/ctrlab-cri-oracle';
const LOCK = `${CRI_FILES}.lock`;

export interface CriArchives extends BuiltArchives {
  pauseOci: string;
}

function withLock<T>(body: () => Promise<T>): Promise<T> {
  acquireDirLock(LOCK);
  return body().finally(() => releaseDirLock(LOCK));
}

/** Lays the archives out under CRI_FILES (as the simulator's run does in its files). */
function layOutFiles(archives: CriArchives): void {
  rmSync(CRI_FILES, { recursive: true, force: true });
  mkdirSync(`${CRI_FILES}/logs`, { recursive: true });
  cpSync(archives.pauseOci, `${CRI_FILES}/pause-oci.tar`);
  cpSync(archives.busyboxOci, `${CRI_FILES}/busybox-oci.tar`);
  cpSync(archives.nginxDocker, `${CRI_FILES}/nginx-docker.tar`);
  // A host directory for the scenarios' bind mounts.
  mkdirSync(`${CRI_FILES}/data`);
  writeFileSync(`${CRI_FILES}/data/hello.txt`, 'hello from the host\n');
}

export interface RealRun {
  steps: RecordedStep[];
  ms: number;
  /** The private daemon's directory (gone once the run returns). */
  dir: string;
  versions: { containerd: string; runc: string };
}

const NETNS_DIR = '/run/netns';
const RUNC_K8S_ROOT = '/run/containerd/runc/k8s.io';
const CNI_CACHE_DIR = '/var/lib/cni';

function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // not empty (another run's containers) or already gone
  }
}

function netnsEntries(): string[] {
  return existsSync(NETNS_DIR) ? readdirSync(NETNS_DIR).sort() : [];
}

/**
 * A pod whose network setup failed can leave its network namespace (a bind mount under
 * /run/netns, made by the CRI plugin) behind when the daemon is killed: remove those this run
 * made, and the directory if the run made it.
 */
function removeNetnsMadeSince(before: { existed: boolean; entries: string[] }): void {
  for (const name of netnsEntries()) {
    if (before.entries.includes(name)) continue;
    spawnSync('umount', ['-l', join(NETNS_DIR, name)]);
    rmSync(join(NETNS_DIR, name), { force: true });
  }
  if (!before.existed && existsSync(NETNS_DIR) && readdirSync(NETNS_DIR).length === 0) rmSync(NETNS_DIR, { recursive: true });
}

/** What CRI runs may leave on the machine beyond the daemon's own directory. */
export function netnsLeftovers(before: string[]): string[] {
  return netnsEntries().filter((n) => !before.includes(n));
}

export { netnsEntries };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The CRI plugin loads a new CNI config when it sees the file; Status says when it has. */
async function waitForNetworkReady(client: CriClient): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const out = await client.call('RuntimeService', 'Status', {});
    const conditions = out.ok ? ((out.response.status as { conditions?: Array<{ type: string; status: boolean }> })?.conditions ?? []) : [];
    if (conditions.some((c) => c.type === 'NetworkReady' && c.status)) return;
    await sleep(100);
  }
  throw new Error('the CRI plugin never loaded the bridge network');
}

const CGROUP_ROOT = '/sys/fs/cgroup';

/** The top cgroup directories of the absolute cgroup parents a scenario's pods name (runc makes them). */
function cgroupParentTops(scenario: Scenario): string[] {
  const tops = new Set<string>();
  for (const step of scenario.steps) {
    const parent = 'rpc' in step ? ((step.req?.config as { linux?: { cgroupParent?: unknown } } | undefined)?.linux?.cgroupParent) : undefined;
    const top = typeof parent === 'string' && parent.startsWith('/') ? parent.split('/')[1] : undefined;
    if (top) tops.add(top);
  }
  return [...tops];
}

/** Removes, deepest first, the empty cgroup directories under `top` in every hierarchy (runc leaves a pod's parents). */
function removeCgroupTree(top: string): void {
  for (const hierarchy of existsSync(CGROUP_ROOT) ? readdirSync(CGROUP_ROOT) : []) {
    const root = join(CGROUP_ROOT, hierarchy, top);
    if (!existsSync(root)) continue;
    const dirs: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) walk(join(dir, e.name));
      dirs.push(dir);
    };
    walk(root);
    for (const dir of dirs) removeIfEmpty(dir);
  }
}

export function runScenarioOnRealNode(scenario: Scenario, archives: CriArchives): Promise<RealRun> {
  return withLock(async () => {
    layOutFiles(archives);
    const netnsBefore = { existed: existsSync(NETNS_DIR), entries: netnsEntries() };
    const runcRootExisted = existsSync(RUNC_K8S_ROOT);
    const cniCacheExisted = existsSync(CNI_CACHE_DIR);
    const newCgroupTops = cgroupParentTops(scenario).filter((top) => !existsSync(join(CGROUP_ROOT, 'cpu', top)));
    const node = startRealContainerd((dir) => stockConfigToml(dir, scenario.configEdits));
    const client = new CriClient(node.address);
    if (scenario.cni) {
      installBridgeNetwork(node.dir);
      await waitForNetworkReady(client);
    }
    const norm = new Normaliser({ dir: node.dir });
    const ids = new Map<string, string>();
    const env: NodeJS.ProcessEnv = { ...process.env, CONTAINERD_ADDRESS: node.address, HOME: '/root' };
    delete env.CONTAINERD_NAMESPACE;
    const started = performance.now();
    try {
      const steps: RecordedStep[] = [];
      for (const step of scenario.steps) {
        steps.push({ step, result: await runStep(step, { client, norm, ids, env }) });
      }
      const ms = performance.now() - started;
      const versions = {
        containerd: spawnSync('containerd', ['--version'], { encoding: 'utf8' }).stdout.trim(),
        runc: spawnSync('runc', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] ?? '',
      };
      return { steps, ms, dir: node.dir, versions };
    } finally {
      client.close();
      node.stop();
      removeNetnsMadeSince(netnsBefore);
      // runc's state root for the namespace, made by the first container of the run.
      if (!runcRootExisted) removeIfEmpty(RUNC_K8S_ROOT);
      // libcni's result cache (not configurable in containerd 1.6): empty again once the pods'
      // networks are torn down, and removed if this run made it.
      if (!cniCacheExisted) {
        removeIfEmpty(join(CNI_CACHE_DIR, 'results'));
        removeIfEmpty(CNI_CACHE_DIR);
      }
      if (scenario.cni) removeBridge();
      for (const top of newCgroupTops) removeCgroupTree(top);
      rmSync(CRI_FILES, { recursive: true, force: true });
    }
  });
}

interface Ctx {
  client: CriClient;
  norm: Normaliser;
  ids: Map<string, string>;
  env: NodeJS.ProcessEnv;
}

async function runStep(step: Step, { client, norm, ids, env }: Ctx): Promise<StepResult> {
  if ('rpc' in step) {
    const out = await client.call(serviceOf(step.rpc), step.rpc, substitute(step.req ?? {}, ids));
    const id = out.ok ? String(out.response.podSandboxId ?? out.response.containerId ?? '') : /\b[0-9a-f]{64}\b/.exec(out.message)?.[0];
    if (step.as && id) {
      ids.set(step.as, id);
      norm.bind(step.as, id);
    }
    if (!out.ok) return { error: { code: out.code, message: norm.text(out.message) } };
    return { response: norm.response(out.response) as Record<string, unknown> };
  }
  if ('ctr' in step) {
    const cmd = substitute(step.ctr, ids);
    const r = spawnSync('bash', ['-c', cmd], { cwd: CRI_FILES, encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL', env });
    return { stdout: norm.ctrOutput(step.ctr, r.stdout ?? ''), stderr: norm.ctrOutput(step.ctr, r.stderr ?? ''), exit: r.status ?? 137 };
  }
  if ('waitFor' in step) {
    const id = substitute(step.waitFor, ids);
    const sandbox = step.state.startsWith('SANDBOX_');
    for (let i = 0; i < 300; i++) {
      const out = sandbox
        ? await client.call('RuntimeService', 'PodSandboxStatus', { podSandboxId: id })
        : await client.call('RuntimeService', 'ContainerStatus', { containerId: id });
      const status = out.ok ? (out.response.status as { state?: string } | undefined) : undefined;
      if (status?.state === step.state) return { waited: step.state };
      await sleep(50);
    }
    throw new Error(`${step.waitFor} never reached ${step.state}`);
  }
  const path = substitute(step.readFile, ids);
  return { file: existsSync(path) ? logLinesByStream(norm.ctrOutput('', readFileSync(path, 'utf8'))) : null };
}
