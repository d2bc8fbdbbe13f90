// Runs a docker script (one command line per line, ../script.ts) on a private real dockerd
// 20.10.24 (real-dockerd.ts) and on the simulator, the same way on both: the same archive bytes
// in the working directory (the run's own on the real machine, DOCKER_ORACLE_FILES in the
// simulator), one bash per line on the real machine with /usr/bin/docker first on PATH and
// DOCKER_HOST at the private socket.

import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createSession } from '../../../simulator/index';
import { initialNodeState } from '../../../simulator/initial-state';
import { mkdir, writeFile } from '../../../simulator/host/vfs';
import { makeSaved } from '../../../simulator/shell/saved-session';
import { useNodeCodecs } from '../../../scripts/node-codecs';
import type { ScriptResult } from '../script';
import type { DockerArchives } from './docker-archives';
import { type RealDockerd, linkNames, startRealDockerd } from './real-dockerd';

useNodeCodecs();

/** Where scripts find the test archives in the simulator (and, as the normaliser writes it, on the real machine). */
const DOCKER_ORACLE_FILES = '/tmp/ctrlab-docker-oracle';
/** The real client's config dir, under the run's private directory. */
const CLIENT_CONFIG_DIR = 'client-config';

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

/** Runs one line as `bash -c` with no input, collecting its output; killed after 30 s. */
function runLine(cmd: string, cwd: string, env: NodeJS.ProcessEnv): Promise<ScriptResult> {
  const atMs = Date.now();
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', cmd], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const exit = code ?? 128 + (signal === 'SIGKILL' ? 9 : 15);
      resolve({ cmd, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), exit, ms: performance.now() - started, atMs });
    });
  });
}

/**
 * Runs `lines` on fresh private daemons, one bash per line, in a files directory of the run's
 * own (so several runs can go on at once; the normaliser maps it to DOCKER_ORACLE_FILES), and
 * stops the daemons, leaving nothing behind.
 */
export async function runDockerOnRealNode(lines: readonly string[], archives: DockerArchives, options: { bridge?: boolean; daemonJson?: Record<string, unknown> } = {}): Promise<RealDockerRun> {
  let node: RealDockerd | undefined;
  try {
    node = startRealDockerd(options);
    const files = `${node.dir}/files`;
    mkdirSync(files);
    for (const path of archivePaths(archives)) cpSync(path, `${files}/${basename(path)}`);
    const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_HOST: node.host, HOME: '/root', PATH: `${node.binDir}:${process.env.PATH ?? ''}` };
    for (const key of ['DOCKER_CONTEXT', 'DOCKER_BUILDKIT', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH']) delete env[key];
    // The client's config dir is the run's own (the normaliser reads it as /root/.docker): a
    // BuildKit build writes .buildNodeID there and login/logout config.json, never into the
    // machine's /root/.docker. A line may still name its own with DOCKER_CONFIG=….
    env.DOCKER_CONFIG = `${node.dir}/${CLIENT_CONFIG_DIR}`;
    const results: ScriptResult[] = [];
    for (const cmd of lines) results.push(await runLine(cmd, files, env));
    const { dir, bridge, noBridgeReason } = node;
    const stopped = node;
    node.stop();
    node = undefined;
    const present = linkNames();
    return { results, dir, bridge, noBridgeReason, linksLeft: stopped.ownLinks.filter((l) => present.includes(l)) };
  } finally {
    node?.stop();
  }
}

/** `daemonJson`: the node's /etc/docker/daemon.json, which its dockerd reads as it is restarted before the script. */
export async function runDockerOnSimulator(lines: readonly string[], archives: DockerArchives, seed = 1, daemonJson?: Record<string, unknown>): Promise<ScriptResult[]> {
  const node = initialNodeState(seed, Date.now());
  // The oracle's machine has no network: registries are unreachable there, so here too.
  node.registries.offline = true;
  mkdir(node.host.files, DOCKER_ORACLE_FILES, { parents: true });
  for (const path of archivePaths(archives)) {
    // The VFS keeps bytes as a binary string, one char per byte.
    writeFile(node.host.files, `${DOCKER_ORACLE_FILES}/${basename(path)}`, readFileSync(path).toString('latin1'), { mtimeMs: Date.now() });
  }
  if (daemonJson) writeFile(node.host.files, '/etc/docker/daemon.json', `${JSON.stringify(daemonJson)}\n`, { mtimeMs: Date.now(), parents: true });
  const session = createSession({ saved: makeSaved({ node, cwd: DOCKER_ORACLE_FILES, env: {}, exported: [], history: [] }) });
  if (daemonJson) {
    const restarted = await session.run('systemctl restart docker');
    if (restarted.exitCode !== 0) throw new Error(`the simulated dockerd did not start with the script's daemon.json: ${restarted.stderr}`);
  }
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
