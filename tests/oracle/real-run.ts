// Runs a script of command lines on a private real containerd, one bash per line, the way the
// conformance transcripts were recorded: each line's stdout, stderr and exit code.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import type { BuiltArchives } from './build-images';
import { acquireDirLock, releaseDirLock } from './dir-lock';
import { startRealContainerd } from './real-containerd';
import type { ScriptResult } from './script';

/** Where scripts find the test archives, on the real node and in the simulator alike. */
export const ORACLE_FILES = '/tmp/ctrlab-oracle-files';

/** Where ctr's WritePidFile puts its temp file for `--pid-file ""` run in ORACLE_FILES. */
const PID_FILE_TEMP = '/tmp/.ctrlab-oracle-files';

/** Scripts name ORACLE_FILES literally, so two runs on one machine take turns through this lock. */
const LOCK = `${ORACLE_FILES}.lock`;

export function runOnRealNode(lines: readonly string[], archives: BuiltArchives): ScriptResult[] {
  acquireDirLock(LOCK);
  try {
    return runLocked(lines, archives);
  } finally {
    releaseDirLock(LOCK);
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
  // `--pid-file ""` makes ctr write ORACLE_FILES' dot twin beside it (WritePidFile's temp file,
  // left when the rename over the directory fails): a left one would change the next run's answer.
  rmSync(PID_FILE_TEMP, { force: true });
  mkdirSync(ORACLE_FILES, { recursive: true });
  cpSync(archives.busyboxOci, `${ORACLE_FILES}/busybox-oci.tar`);
  cpSync(archives.nginxDocker, `${ORACLE_FILES}/nginx-docker.tar`);
  // The caller's own namespace choice must not leak into the scripts.
  const env: NodeJS.ProcessEnv = { ...process.env, CONTAINERD_ADDRESS: node.address, HOME: '/root' };
  delete env.CONTAINERD_NAMESPACE;
  // npm and npx export EDITOR=vi: `ctr content edit` would start it on this machine (the simulator's shell has none).
  delete env.EDITOR;
  delete env.VISUAL;
  try {
    return lines.map((cmd) => {
      const atMs = Date.now();
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
      return { cmd, stdout: r.stdout ?? '', stderr: r.stderr ?? '', exit: r.status ?? 128 + 9, ms, atMs, nodeDir: node.dir };
    });
  } finally {
    node.stop();
    rmSync(ORACLE_FILES, { recursive: true, force: true });
    rmSync(PID_FILE_TEMP, { force: true });
  }
}
