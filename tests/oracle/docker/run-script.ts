// Runs a docker script (one command line per line, ../script.ts) on a private real dockerd
// 20.10.24 (real-dockerd.ts) and on the simulator, the same way on both: the same archive bytes
// at the same paths, the same working directory, one bash per line on the real machine with
// /usr/bin/docker first on PATH and DOCKER_HOST at the private socket.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { createSession } from '../../../simulator/index';
import { initialNodeState } from '../../../simulator/initial-state';
import { mkdir, writeFile } from '../../../simulator/host/vfs';
import { makeSaved } from '../../../simulator/shell/saved-session';
import { useNodeCodecs } from '../../../scripts/node-codecs';
import { acquireDirLock, releaseDirLock } from '../dir-lock';
import type { ScriptResult } from '../script';
import type { DockerArchives } from './docker-archives';
import { type RealDockerd, linkNames, startRealDockerd } from './real-dockerd';

useNodeCodecs();

/** Where scripts find the test archives, on the real machine and in the simulator alike. */
export const DOCKER_ORACLE_FILES = '/tmp/ctrlab-docker-oracle';
const LOCK = `${DOCKER_ORACLE_FILES}.lock`;

const archivePaths = (a: DockerArchives) => [a.busyboxDocker, a.nginxDocker];

export interface RealDockerRun {
  results: ScriptResult[];
  /** The private daemons' directory (gone once the run returned). */
  dir: string;
  /** The private default bridge (`ctrlabdkNNN` on 10.219–230.0.0/16), or undefined with `--bridge none`. */
  bridge?: { name: string; prefix: string };
  noBridgeReason?: string;
  /** The run's own network devices still present after it (must be none). */
  linksLeft: string[];
}

export function runDockerOnRealNode(lines: readonly string[], archives: DockerArchives, options: { bridge?: boolean } = {}): RealDockerRun {
  acquireDirLock(LOCK);
  let node: RealDockerd | undefined;
  try {
    node = startRealDockerd(options);
    rmSync(DOCKER_ORACLE_FILES, { recursive: true, force: true });
    mkdirSync(DOCKER_ORACLE_FILES, { recursive: true });
    for (const path of archivePaths(archives)) cpSync(path, `${DOCKER_ORACLE_FILES}/${basename(path)}`);
    const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_HOST: node.host, HOME: '/root', PATH: `${node.binDir}:${process.env.PATH ?? ''}` };
    for (const key of ['DOCKER_CONFIG', 'DOCKER_CONTEXT', 'DOCKER_BUILDKIT', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH']) delete env[key];
    const results = lines.map((cmd) => {
      const atMs = Date.now();
      const started = performance.now();
      const r = spawnSync('bash', ['-c', cmd], { cwd: DOCKER_ORACLE_FILES, encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL', env });
      const ms = performance.now() - started;
      return { cmd, stdout: r.stdout ?? '', stderr: r.stderr ?? '', exit: r.status ?? 128 + 9, ms, atMs };
    });
    const { dir, bridge, noBridgeReason } = node;
    const stopped = node;
    node.stop();
    node = undefined;
    const present = linkNames();
    return { results, dir, bridge, noBridgeReason, linksLeft: stopped.ownLinks.filter((l) => present.includes(l)) };
  } finally {
    node?.stop();
    rmSync(DOCKER_ORACLE_FILES, { recursive: true, force: true });
    releaseDirLock(LOCK);
  }
}

export async function runDockerOnSimulator(lines: readonly string[], archives: DockerArchives, seed = 1): Promise<ScriptResult[]> {
  const node = initialNodeState(seed, Date.now());
  // The oracle's machine has no network: registries are unreachable there, so here too.
  node.registries.offline = true;
  mkdir(node.host.files, DOCKER_ORACLE_FILES, { parents: true });
  for (const path of archivePaths(archives)) {
    // The VFS keeps bytes as a binary string, one char per byte.
    writeFile(node.host.files, `${DOCKER_ORACLE_FILES}/${basename(path)}`, readFileSync(path).toString('latin1'), { mtimeMs: Date.now() });
  }
  const session = createSession({ saved: makeSaved({ node, cwd: DOCKER_ORACLE_FILES, env: {}, exported: [], history: [] }) });
  const results: ScriptResult[] = [];
  for (const cmd of lines) {
    // The simulated clock, which a `sleep` or a container's run moves on.
    const atMs = session.node.nowMs();
    const started = performance.now();
    const r = await session.run(cmd);
    results.push({ cmd, stdout: r.stdout, stderr: r.stderr, exit: r.exitCode, ms: performance.now() - started, atMs });
  }
  return results;
}
