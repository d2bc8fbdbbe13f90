// systemd on node1: the units the node knows, and the one way a daemon starts or stops.
//
// A unit's state (active, enabled, installed, since, main PID) lives in HostState.units and is
// what runs: nothing else decides whether a daemon is up. What starting or stopping a daemon
// does beyond that (containerd begins answering on its socket, its collector runs once) is a
// hook registered by the layer that owns the daemon (registerDaemon), as timer kinds are in
// scheduler.ts, so the host never imports containerd, dockerd or the kubelet.
//
// docker (issue 11) is Debian's docker.io, installed, enabled and running as the notes' node has
// it; stopping containerd stops it too (its unit Requires= containerd.service). `apt-get purge
// docker.io` uninstalls the unit and `apt-get install docker.io` brings it back enabled and
// running (shell/commands/apt.ts, as the package's maintainer scripts do). buildkit (issue 10) is
// installed, enabled and running; the kubelet (issue 9) is installed, disabled and stopped.

import type { Node } from '../node';
import type { UnitState } from './host-state';
import { bootMs } from './boot-time';
import { KUBELET_DROP_IN_DIR, KUBELET_DROP_IN_NAME } from './kubelet-unit-files';

export interface UnitDefinition {
  /** Name without `.service`, as `systemctl start containerd` takes it. Fixed. */
  name: string;
  /** The unit file's Description= (first line of `systemctl status`). */
  description: string;
  /** Where the unit file lives (`Loaded:` line of `systemctl status`). */
  unitFile: string;
  /** The main process's command line, as the status's CGroup tree shows it. */
  command: string;
  /** Drop-in directory and its files (`Drop-In:` lines of `systemctl status`), if any. */
  dropIn?: { dir: string; files: readonly string[] };
  /**
   * A fresh node1: whether the package is there, the unit enabled at boot, running now, and
   * (for a second daemon started at boot) its main PID, so it differs from containerd's.
   */
  atBoot: { installed: boolean; enabled: boolean; active: boolean; mainPid?: number };
}

/** What a daemon does as its unit starts and stops; the unit's state is already updated. */
export interface DaemonHooks {
  /**
   * The daemon came up (start, or the second half of restart); or it exited at once, saying
   * why (containerd with a broken config.toml): the start then fails and the unit stays down.
   */
  started(node: Node): void | { exited: string };
  /** The daemon went down (stop, or the first half of restart). */
  stopped(node: Node): void;
}

/** Main PID of a unit that has run since boot (the recorded node's containerd). */
const BOOT_MAIN_PID = 612;

export const UNIT_DEFINITIONS: readonly UnitDefinition[] = [
  {
    name: 'containerd',
    description: 'containerd container runtime',
    unitFile: '/lib/systemd/system/containerd.service',
    command: '/usr/bin/containerd',
    atBoot: { installed: true, enabled: true, active: true },
  },
  {
    name: 'docker',
    description: 'Docker Application Container Engine',
    unitFile: '/lib/systemd/system/docker.service',
    // Debian's docker.io 20.10.24 (ExecStart of its docker.service), on the node's containerd.
    command: '/usr/sbin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock',
    atBoot: { installed: true, enabled: true, active: true, mainPid: 790 },
  },
  // buildkitd (issue 10), as the notes leave it after installation: the units written to
  // /etc/systemd/system (socket-activated, `--addr fd://` on /run/buildkit/buildkitd.sock) and
  // `systemctl enable buildkit containerd --now` — enabled and running.
  {
    name: 'buildkit',
    description: 'BuildKit',
    unitFile: '/etc/systemd/system/buildkit.service',
    command: '/usr/local/bin/buildkitd --addr fd://',
    atBoot: { installed: true, enabled: true, active: true, mainPid: 735 },
  },
  {
    name: 'kubelet',
    description: 'kubelet: The Kubernetes Node Agent',
    unitFile: '/lib/systemd/system/kubelet.service',
    // The packaged unit's ExecStart is a bare /usr/bin/kubelet; the drop-in
    // /etc/systemd/system/kubelet.service.d/10-containerd.conf (host/node-files.ts) replaces it
    // with a standalone kubelet on containerd's CRI socket running the static pods of
    // /etc/kubernetes/manifests, at --v=3 so that its removal of orphaned pods is in the journal.
    command:
      '/usr/bin/kubelet --container-runtime-endpoint=unix:///run/containerd/containerd.sock ' +
      '--pod-manifest-path=/etc/kubernetes/manifests --v=3',
    dropIn: { dir: KUBELET_DROP_IN_DIR, files: [KUBELET_DROP_IN_NAME] },
    // Installed but disabled and stopped (issue 9): the kubernetes packages enable the unit, and
    // an enabled kubelet would be running on a booted node, killing every pod started with
    // crictl (the notes' warning). This node's kubelet stays down across "reboots" until a
    // learner runs `systemctl start kubelet` (or `systemctl enable --now kubelet`).
    atBoot: { installed: true, enabled: false, active: false },
  },
];

const definitions = new Map(UNIT_DEFINITIONS.map((d) => [d.name, d]));
const daemons = new Map<string, DaemonHooks>();

/** Declares what starting and stopping `unit` does. Registered once by the daemon's owner. */
export function registerDaemon(unit: string, hooks: DaemonHooks): void {
  if (!definitions.has(unit)) throw new Error(`no unit ${unit} is declared in systemd.ts`);
  daemons.set(unit, hooks);
}

/** The units of a freshly booted node1, as HostState.units holds them. */
export function initialUnits(): Record<string, UnitState> {
  const units: Record<string, UnitState> = {};
  for (const d of UNIT_DEFINITIONS) units[d.name] = { ...d.atBoot };
  return units;
}

export function unitDefinition(name: string): UnitDefinition | undefined {
  return definitions.get(name);
}

/** The state of `name` if the node has it installed; undefined for unknown or absent units. */
export function installedUnit(node: Node, name: string): UnitState | undefined {
  const units = node.state.host.units;
  const unit = Object.hasOwn(units, name) ? units[name] : undefined;
  return unit?.installed ? unit : undefined;
}

/** Names of the installed units, in declaration order (what completion offers). */
export function installedUnitNames(node: Node): string[] {
  return Object.keys(node.state.host.units).filter((name) => installedUnit(node, name) !== undefined);
}

/** Whether `name`'s daemon runs now: the question every client's dial comes down to. */
export function isActive(node: Node, name: string): boolean {
  return installedUnit(node, name)?.active === true;
}

/** When the unit last became active (since boot: an hour before the session began, as uptime says). */
export function activeSinceMs(node: Node, unit: UnitState): number {
  return unit.activeSinceMs ?? bootMs(node);
}

/** PID of the unit's main process while it runs. */
export function mainPid(unit: UnitState): number {
  return unit.mainPid ?? BOOT_MAIN_PID;
}

function requireInstalled(node: Node, name: string): UnitState {
  const unit = installedUnit(node, name);
  if (!unit) throw new Error(`unit ${name} is not installed`);
  return unit;
}

/**
 * Starts an installed unit (nothing if it runs): a new main process, then its daemon's hook.
 * False when the daemon exited at once (the job failed; the unit is down again).
 */
export function startUnit(node: Node, name: string): boolean {
  const unit = requireInstalled(node, name);
  if (unit.active) return true;
  unit.active = true;
  unit.activeSinceMs = node.nowMs();
  unit.mainPid = node.state.host.nextPid++;
  const outcome = daemons.get(name)?.started(node);
  if (!outcome) return true;
  unit.active = false;
  delete unit.mainPid;
  return false;
}

/** Stops an installed unit (nothing if it is stopped); its daemon's hook runs after. */
export function stopUnit(node: Node, name: string): void {
  const unit = requireInstalled(node, name);
  if (!unit.active) return;
  unit.active = false;
  delete unit.mainPid;
  daemons.get(name)?.stopped(node);
}

/** systemd's restart: stop if running, then start (false: the start failed). */
export function restartUnit(node: Node, name: string): boolean {
  stopUnit(node, name);
  return startUnit(node, name);
}

/** Enables or disables an installed unit; says whether that changed anything. */
export function setEnabled(node: Node, name: string, enabled: boolean): boolean {
  const unit = requireInstalled(node, name);
  if (unit.enabled === enabled) return false;
  unit.enabled = enabled;
  return true;
}
