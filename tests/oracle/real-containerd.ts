// A private, real containerd 1.6 for differential tests: its own root, state, socket and
// config under one temporary directory, never the system daemon's. It stops exactly the
// processes it started (the daemon and the shims it spawned), unmounts what they mounted and
// removes the directory — also when a test fails or the run is interrupted.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAUSE_IMAGE } from './cri/pause-image';

export interface RealContainerd {
  /** Directory holding root/, state/, the socket and the log. */
  dir: string;
  /** The daemon's gRPC socket; pass as `ctr --address` or CONTAINERD_ADDRESS. */
  address: string;
  stop(): void;
}

/** Why the oracle cannot run here, or undefined when it can. */
export function oracleUnavailableReason(): string | undefined {
  if (process.platform !== 'linux') return 'real containerd needs Linux';
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'real containerd needs root';
  for (const bin of ['containerd', 'ctr', 'runc', 'containerd-shim-runc-v2']) {
    if (spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0) {
      return `${bin} is not installed (apt-get install -y containerd runc)`;
    }
  }
  return undefined;
}

const live = new Set<RealContainerd>();
let exitHooksInstalled = false;

function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  const stopAll = () => {
    for (const node of [...live]) node.stop();
  };
  process.once('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stopAll();
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

function configToml(dir: string): string {
  // The stock configuration with only the paths moved, so plugins load as on a real node.
  return [
    'version = 2',
    `root = "${dir}/root"`,
    `state = "${dir}/state"`,
    '[grpc]',
    `  address = "${dir}/containerd.sock"`,
    // The opt plugin makes its directory at start-up (and `ctr install` writes there): kept
    // private, so no run leaves /opt/containerd behind on the host.
    '[plugins."io.containerd.internal.v1.opt"]',
    `  path = "${dir}/opt"`,
    '[plugins."io.containerd.grpc.v1.cri"]',
    '  disable_tcp_service = true',
    // CRI (tests/oracle/cri): the stand-in pause image imported beforehand, and CNI's dirs kept
    // private so the host's network configuration is neither read nor written.
    `  sandbox_image = "${PAUSE_IMAGE}"`,
    // Test machines may lack CAP_SYS_RESOURCE (the oracle VM does): the pause container's -998
    // would then fail in runc, so CRI keeps oom_score_adj at or above the daemon's own.
    '  restrict_oom_score_adj = true',
    '[plugins."io.containerd.grpc.v1.cri".cni]',
    `  bin_dir = "${dir}/cni/bin"`,
    `  conf_dir = "${dir}/cni/net.d"`,
    '',
  ].join('\n');
}

/** Pids of processes whose command line mentions `needle` (the shims name our socket). */
export function pidsMentioning(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'latin1').replaceAll('\0', ' ');
      if (cmdline.includes(needle)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids.filter((pid) => pid !== process.pid);
}

export function mountsUnder(dir: string): string[] {
  return readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1] ?? '')
    .filter((target) => target.startsWith(dir))
    .sort((a, b) => b.length - a.length); // deepest first
}

/**
 * runc keeps its container state under /run/containerd/runc/<namespace> whatever containerd's
 * own state directory is, so containers of a killed private daemon would outlive it there and
 * collide with the next run's ids. Deletes those whose bundle lies under `dir`.
 */
function deleteRuncContainersUnder(dir: string): void {
  const runcRoot = '/run/containerd/runc';
  if (!existsSync(runcRoot)) return;
  for (const ns of readdirSync(runcRoot)) {
    const root = join(runcRoot, ns);
    const listed = spawnSync('runc', ['--root', root, 'list', '--format', 'json'], { encoding: 'utf8' });
    let entries: Array<{ id: string; bundle: string }> = [];
    try {
      entries = JSON.parse(listed.stdout || 'null') ?? [];
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.bundle.startsWith(dir)) spawnSync('runc', ['--root', root, 'delete', '--force', e.id]);
    }
  }
}

/** Containers runc still knows whose bundle lies under `dir` (ids), for leftover checks. */
export function runcContainersUnder(dir: string): string[] {
  const runcRoot = '/run/containerd/runc';
  if (!existsSync(runcRoot)) return [];
  return readdirSync(runcRoot).flatMap((ns) => {
    const listed = spawnSync('runc', ['--root', join(runcRoot, ns), 'list', '--format', 'json'], { encoding: 'utf8' });
    try {
      const entries: Array<{ id: string; bundle: string }> = JSON.parse(listed.stdout || 'null') ?? [];
      return entries.filter((e) => e.bundle.startsWith(dir)).map((e) => `${ns}/${e.id}`);
    } catch {
      return [];
    }
  });
}

/**
 * The socket a shim listens on: containerd 1.6 puts it under /run/containerd/s, whatever the
 * daemon's state directory, named by sha256(<daemon address>/<namespace>/<id>)
 * (runtime/v2/shim/util_unix.go SocketAddress). Undefined when `pid` is no shim.
 */
function shimSocketOf(pid: number): string | undefined {
  let args: string[];
  try {
    args = readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0');
  } catch {
    return undefined;
  }
  const arg = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const [ns, id, address] = [arg('-namespace'), arg('-id'), arg('-address')];
  if (!ns || !id || !address) return undefined;
  return `/run/containerd/s/${createHash('sha256').update(join(address, ns, id)).digest('hex')}`;
}

function waitUntilAnswering(address: string, child: ChildProcess, logPath: string): void {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`containerd exited at start (${child.exitCode}):\n${readFileSync(logPath, 'utf8')}`);
    }
    const probe = spawnSync('ctr', ['--address', address, 'version'], { timeout: 2000 });
    if (probe.status === 0) return;
    spawnSync('sleep', ['0.1']);
  }
  throw new Error(`containerd did not answer on ${address} within 20 s`);
}

/** `config` gives the config.toml for the daemon's directory (default: the minimal one above). */
export function startRealContainerd(config: (dir: string) => string = configToml): RealContainerd {
  installExitHooks();
  const dir = mkdtempSync(join(tmpdir(), 'ctrlab-oracle-'));
  const address = join(dir, 'containerd.sock');
  const configPath = join(dir, 'config.toml');
  const logPath = join(dir, 'containerd.log');
  writeFileSync(configPath, config(dir));
  const child = spawn('sh', ['-c', `exec containerd --config ${configPath} >${logPath} 2>&1`], {
    stdio: 'ignore',
    detached: true, // its own process group, so a Ctrl-C of the test run reaches us first
  });

  let stopped = false;
  const node: RealContainerd = {
    dir,
    address,
    stop() {
      if (stopped) return;
      stopped = true;
      live.delete(node);
      // Shims outlive the daemon by design; they carry our socket path in their arguments.
      const shimSockets: string[] = [];
      for (const pid of pidsMentioning(address)) {
        const socket = shimSocketOf(pid);
        if (socket) shimSockets.push(socket);
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      spawnSync('sleep', ['0.2']);
      deleteRuncContainersUnder(dir);
      for (const target of mountsUnder(dir)) spawnSync('umount', ['-l', target]);
      // A killed shim cannot remove its socket, which lies outside our directory.
      for (const socket of shimSockets) rmSync(socket, { force: true });
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    },
  };
  live.add(node);
  try {
    waitUntilAnswering(address, child, logPath);
  } catch (err) {
    node.stop();
    throw err;
  }
  return node;
}
