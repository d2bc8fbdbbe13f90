// Runs a script of command lines on a private real containerd, one bash per line, the way the
// conformance transcripts were recorded: each line's stdout, stderr and exit code.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { BuiltArchives } from './build-images';
import { startRealContainerd } from './real-containerd';
import type { ScriptResult } from './script';

/** Where scripts find the test archives, on the real node and in the simulator alike. */
export const ORACLE_FILES = '/tmp/ctrlab-oracle-files';

/** Scripts name ORACLE_FILES literally, so two runs on one machine take turns through this lock. */
const LOCK = `${ORACLE_FILES}.lock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function acquireLock(): void {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(`${LOCK}/pid`, String(process.pid));
      return;
    } catch {
      let owner = 0;
      try {
        owner = Number(readFileSync(`${LOCK}/pid`, 'utf8'));
      } catch {
        // the owner is between mkdir and writing its pid
      }
      if (owner > 0 && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`${LOCK} held by pid ${owner} for 10 minutes`);
      spawnSync('sleep', ['0.2']);
    }
  }
}

export function runOnRealNode(lines: readonly string[], archives: BuiltArchives): ScriptResult[] {
  acquireLock();
  try {
    return runLocked(lines, archives);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

let lastDir: string | undefined;

/** The private directory of the most recent real node (gone once it stopped). */
export function lastRealNodeDir(): string | undefined {
  return lastDir;
}

function runLocked(lines: readonly string[], archives: BuiltArchives): ScriptResult[] {
  const node = startRealContainerd();
  lastDir = node.dir;
  rmSync(ORACLE_FILES, { recursive: true, force: true });
  mkdirSync(ORACLE_FILES, { recursive: true });
  cpSync(archives.busyboxOci, `${ORACLE_FILES}/busybox-oci.tar`);
  cpSync(archives.nginxDocker, `${ORACLE_FILES}/nginx-docker.tar`);
  // The caller's own namespace choice must not leak into the scripts.
  const env: NodeJS.ProcessEnv = { ...process.env, CONTAINERD_ADDRESS: node.address, HOME: '/root' };
  delete env.CONTAINERD_NAMESPACE;
  try {
    return lines.map((cmd) => {
      const started = performance.now();
      const r = spawnSync('bash', ['-c', cmd], {
        cwd: ORACLE_FILES,
        encoding: 'utf8',
        timeout: 30_000,
        // ctr forwards SIGTERM to the container it waits for, and would never return.
        killSignal: 'SIGKILL',
        env,
      });
      const ms = performance.now() - started;
      return { cmd, stdout: r.stdout ?? '', stderr: r.stderr ?? '', exit: r.status ?? 128 + 9, ms };
    });
  } finally {
    node.stop();
    rmSync(ORACLE_FILES, { recursive: true, force: true });
  }
}
