// A private, real Docker Engine 20.10.24 (Debian's docker.io: /usr/sbin/dockerd) for the docker
// differential tests, on a private real containerd (../real-containerd.ts): its data-root,
// exec-root, pidfile, socket, trust key and daemon.json all under the containerd's temporary
// directory, never /var/lib/docker or /run/docker.sock. It is given a private bridge of its own
// (a unique name, a private /16) when the machine lets us make one, else `--bridge none`.
// It never touches iptables (--iptables=false: published ports go through docker-proxy) nor the
// host's ip_forward sysctl (--ip-forward=false). stop() removes containers, user-defined
// networks, the processes, mounts, bridges and the directory — also when a test fails.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { oracleUnavailableReason, pidsMentioning, startRealContainerd } from '../real-containerd';

/** Debian's docker.io 20.10.24 — not /usr/local/bin/docker, a newer client some machines have. */
const DOCKERD = '/usr/sbin/dockerd';
const DOCKER_CLIENT = '/usr/bin/docker';

export interface RealDockerd {
  /** The temporary directory holding everything of both daemons. */
  dir: string;
  /** The value of DOCKER_HOST for the client. */
  host: string;
  /** A directory to put first on PATH: its `docker` is DOCKER_CLIENT. */
  binDir: string;
  /** The private default bridge's device name and its subnet's first two octets (`10.219.`), or undefined with `--bridge none`. */
  bridge?: { name: string; prefix: string };
  /** Why there is no bridge network (then `--bridge none`). */
  noBridgeReason?: string;
  /** The network devices this daemon had (its bridge, user-defined networks' br-…), known once stopped. */
  ownLinks: string[];
  stop(): void;
}

/** Why the docker oracle cannot run here, or undefined when it can. */
export function dockerOracleUnavailableReason(): string | undefined {
  const base = oracleUnavailableReason();
  if (base) return base;
  for (const bin of [DOCKERD, DOCKER_CLIENT]) {
    if (spawnSync(bin, ['--version'], { stdio: 'ignore' }).status !== 0) {
      return `${bin} is not installed (apt-get install -y docker.io)`;
    }
  }
  return undefined;
}

/**
 * Why scripts that expect no network cannot run here (`# needs: offline`: pulls that fail to
 * resolve the registry), or undefined when the machine cannot resolve Docker Hub's registry.
 */
export function offlineUnavailableReason(): string | undefined {
  const r = spawnSync('getent', ['hosts', 'registry-1.docker.io'], { timeout: 5000 });
  return r.status === 0 ? 'this machine resolves registry-1.docker.io (the scripts expect no network)' : undefined;
}

/** Network interface names present now. */
export function linkNames(): string[] {
  try {
    return readdirSync('/sys/class/net').sort();
  } catch {
    return [];
  }
}

/**
 * A private /16 for the bridge: 10.219–10.230 (so neither CRI's 10.213.7.0/24 nor 172.17 of the
 * machine's or another helper's docker0), the first not routed yet; the name carries our pid.
 */
let bridgeCount = 0;

function privateBridgePlan(): { name: string; prefix: string } | undefined {
  const routes = spawnSync('ip', ['-4', 'route', 'show'], { encoding: 'utf8' }).stdout ?? '';
  for (let second = 219; second <= 230; second++) {
    const prefix = `10.${second}.`;
    if (!routes.includes(prefix)) return { name: `ctrlab${process.pid % 100000}x${++bridgeCount}`, prefix };
  }
  return undefined;
}

/**
 * Why the private bridge cannot be made here, or undefined when it can: a probe bridge is made
 * and deleted at once (a machine without CAP_NET_ADMIN, or without iproute2, refuses).
 */
export function bridgeUnavailableReason(): string | undefined {
  const plan = privateBridgePlan();
  if (!plan) return 'no free private 10.219–10.230 /16 for a bridge';
  const probe = { ...plan, name: `ctrlabpr${process.pid % 100000}` };
  const reason = makeBridge(probe);
  deleteLink(probe.name);
  return reason;
}

function makeBridge(plan: { name: string; prefix: string }): string | undefined {
  if (spawnSync('ip', ['-V'], { stdio: 'ignore' }).status !== 0) return 'iproute2 (ip) is not installed';
  const steps = [
    ['link', 'add', 'name', plan.name, 'type', 'bridge'],
    ['addr', 'add', `${plan.prefix}0.1/16`, 'dev', plan.name],
    ['link', 'set', plan.name, 'up'],
  ];
  for (const args of steps) {
    const r = spawnSync('ip', args, { encoding: 'utf8' });
    if (r.status !== 0) {
      deleteLink(plan.name);
      return `cannot make a bridge (ip ${args.join(' ')}: ${(r.stderr ?? '').trim()})`;
    }
  }
  return undefined;
}

function deleteLink(name: string): void {
  if (linkNames().includes(name)) spawnSync('ip', ['link', 'delete', name]);
}

function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone while we looked
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** Running: a zombie (our own child, not reaped while spawnSync blocks the loop) counts as gone. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

const live = new Set<RealDockerd>();
let exitHookInstalled = false;

/**
 * `bridge: false` runs with `--bridge none` even where a bridge could be made (to check that
 * path); `daemonJson` adds keys to its daemon.json (a script's `# daemon-json:` line).
 */
export function startRealDockerd(options: { bridge?: boolean; daemonJson?: Record<string, unknown> } = {}): RealDockerd {
  const containerd = startRealContainerd();
  const dir = containerd.dir;
  const host = `unix://${dir}/docker.sock`;
  const binDir = join(dir, 'bin');
  mkdirSync(binDir);
  symlinkSync(DOCKER_CLIENT, join(binDir, 'docker'));
  // A daemon.json of our own, so the machine's /etc/docker/daemon.json is never read; 20.10 keeps
  // its trust key (the ID of `docker info`) in /etc/docker/key.json unless told otherwise, and
  // has no command-line flag for it (daemon/config/config.go TrustKeyPath).
  writeFileSync(join(dir, 'daemon.json'), `${JSON.stringify({ ...options.daemonJson, 'deprecated-key-path': `${dir}/key.json` })}\n`);

  const plan = options.bridge === false ? undefined : privateBridgePlan();
  const noBridgeReason =
    options.bridge === false ? 'asked to run without one' : plan ? makeBridge(plan) : 'no free private 10.219–10.230 /16 for a bridge';
  const bridge = noBridgeReason ? undefined : plan;
  const args = [
    '--containerd', `${dir}/containerd.sock`,
    '--data-root', `${dir}/root`,
    '--exec-root', `${dir}/exec`,
    '--pidfile', `${dir}/docker.pid`,
    '--config-file', `${dir}/daemon.json`,
    '-H', host,
    '--bridge', bridge ? bridge.name : 'none',
    '--iptables=false', '--ip6tables=false', '--ip-masq=false', '--ip-forward=false',
  ];
  const logPath = join(dir, 'dockerd.log');
  const child = spawn('sh', ['-c', `exec ${DOCKERD} ${args.join(' ')} >${logPath} 2>&1`], { stdio: 'ignore', detached: true });
  const env = { ...process.env, DOCKER_HOST: host };
  const docker = (cmdArgs: string[]) => spawnSync(DOCKER_CLIENT, cmdArgs, { encoding: 'utf8', env, timeout: 30_000 });

  let stopped = false;
  const node: RealDockerd = {
    dir,
    host,
    binDir,
    bridge,
    noBridgeReason,
    ownLinks: bridge ? [bridge.name] : [],
    stop() {
      if (stopped) return;
      stopped = true;
      const pid = child.pid;
      let networkIds: string[] = [];
      if (pid !== undefined && alive(pid)) {
        // Containers and user-defined networks first, while the daemon can still undo them.
        const ids = (docker(['ps', '-aq']).stdout ?? '').split('\n').filter(Boolean);
        if (ids.length > 0) docker(['rm', '-f', '-v', ...ids]);
        networkIds = (docker(['network', 'ls', '-q', '--no-trunc', '--filter', 'type=custom']).stdout ?? '').split('\n').filter(Boolean);
        if (networkIds.length > 0) docker(['network', 'rm', ...networkIds]);
        const helpers = descendantsOf(pid);
        kill(pid, 'SIGTERM');
        const deadline = Date.now() + 15_000;
        while (alive(pid) && Date.now() < deadline) spawnSync('sleep', ['0.1']);
        kill(pid, 'SIGKILL');
        // docker-proxy processes of published ports, were any left.
        for (const helper of helpers) kill(helper, 'SIGKILL');
      }
      live.delete(node);
      // The containerd daemon and its shims (whose sockets it removes) go with containerd.stop().
      containerd.stop();
      for (const p of pidsMentioning(`${dir}/`)) kill(p, 'SIGKILL');
      for (const id of networkIds) {
        node.ownLinks.push(`br-${id.slice(0, 12)}`);
        deleteLink(`br-${id.slice(0, 12)}`);
      }
      if (bridge) deleteLink(bridge.name);
    },
  };
  live.add(node);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const n of [...live]) n.stop();
    });
  }

  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.pid === undefined || !alive(child.pid)) throw new Error(`dockerd exited at start:\n${readFileSync(logPath, 'utf8')}`);
      if (docker(['version']).status === 0) break;
      if (Date.now() > deadline) throw new Error(`dockerd did not answer on ${host} within 30 s:\n${readFileSync(logPath, 'utf8')}`);
      spawnSync('sleep', ['0.1']);
    }
  } catch (err) {
    node.stop();
    throw err;
  }
  return node;
}
