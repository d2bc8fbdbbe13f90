// `systemctl` for the node's units (containerd; docker, buildkit and kubelet when installed).
// Stopping containerd makes every ctr call fail to dial, as on a real node; its shims and
// containers keep running, as they do there.

import type { CommandIO } from '../../cli/spec';
import type { UnitState } from '../../host/host-state';
import type { Node } from '../../node';
import { collectAfterStartup } from '../../containerd/gc/dirty';
import { nodeCommand } from './command-host';

const DESCRIPTIONS: Record<string, string> = {
  containerd: 'containerd container runtime',
  docker: 'Docker Application Container Engine',
  buildkit: 'BuildKit',
  kubelet: 'kubelet: The Kubernetes Node Agent',
};

function unitName(arg: string): string {
  return arg.endsWith('.service') ? arg.slice(0, -'.service'.length) : arg;
}

function setActive(node: Node, name: string, unit: UnitState, active: boolean): void {
  unit.active = active;
  if (active) {
    unit.activeSinceMs = node.nowMs();
    unit.mainPid = node.state.host.nextPid++;
  } else {
    delete unit.mainPid;
  }
  if (name === 'containerd') {
    node.state.containerd.running = active;
    // A starting containerd's gc scheduler collects once, startup_delay (100 ms) later.
    if (active) collectAfterStartup(node);
  }
}

function since(node: Node, unit: UnitState): string {
  const ms = unit.activeSinceMs ?? node.nowMs() - 3_600_000;
  const d = new Date(ms);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()] ?? '';
  const stamp = d.toISOString().replace('T', ' ').slice(0, 19);
  const ago = Math.max(0, Math.floor((node.nowMs() - ms) / 1000));
  const agoText = ago < 60 ? `${ago}s ago` : ago < 3600 ? `${Math.floor(ago / 60)}min ago` : `${Math.floor(ago / 3600)}h ago`;
  return `${day} ${stamp} UTC; ${agoText}`;
}

function status(node: Node, name: string, unit: UnitState, io: CommandIO): number {
  const file = `/lib/systemd/system/${name}.service`;
  const enabled = unit.enabled ? 'enabled' : 'disabled';
  const lines = [
    `${unit.active ? '●' : '○'} ${name}.service - ${DESCRIPTIONS[name] ?? name}`,
    `     Loaded: loaded (${file}; ${enabled}; preset: enabled)`,
    unit.active
      ? `     Active: active (running) since ${since(node, unit)}`
      : '     Active: inactive (dead)',
  ];
  if (unit.active) {
    const pid = unit.mainPid ?? 612;
    lines.push(`   Main PID: ${pid} (${name})`, `     CGroup: /system.slice/${name}.service`, `             └─${pid} /usr/bin/${name}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return unit.active ? 0 : 3;
}

export const systemctlCommand = nodeCommand('systemctl', (args, io, node) => {
  const [verb, ...rest] = args.filter((a) => !a.startsWith('-'));
  if (verb === undefined) {
    io.stderr('systemctl: listing units is not simulated here; name a unit (systemctl status containerd).\n');
    return 1;
  }
  if (verb === 'daemon-reload') return 0;
  if (rest.length === 0) {
    io.stderr(`Too few arguments.\n`);
    return 1;
  }
  let code = 0;
  for (const arg of rest) {
    const name = unitName(arg);
    const unit = node.state.host.units[name];
    if (!unit || !unit.installed) {
      if (verb === 'status') io.stderr(`Unit ${name}.service could not be found.\n`);
      else if (verb === 'is-active') io.stdout('inactive\n');
      else if (verb === 'is-enabled') io.stderr(`Failed to get unit file state for ${name}.service: No such file or directory\n`);
      else io.stderr(`Failed to ${verb} ${name}.service: Unit ${name}.service not found.\n`);
      code = verb === 'status' ? 4 : verb === 'is-active' ? 3 : verb === 'is-enabled' ? 1 : 5;
      continue;
    }
    switch (verb) {
      case 'start':
        if (!unit.active) setActive(node, name, unit, true);
        break;
      case 'stop':
        if (unit.active) setActive(node, name, unit, false);
        break;
      case 'restart':
      case 'reload-or-restart':
        setActive(node, name, unit, true);
        break;
      case 'status':
        code = Math.max(code, status(node, name, unit, io));
        break;
      case 'is-active':
        io.stdout(unit.active ? 'active\n' : 'inactive\n');
        if (!unit.active) code = 3;
        break;
      case 'is-enabled':
        io.stdout(unit.enabled ? 'enabled\n' : 'disabled\n');
        if (!unit.enabled) code = 1;
        break;
      case 'enable':
        if (!unit.enabled) {
          io.stderr(
            `Created symlink /etc/systemd/system/multi-user.target.wants/${name}.service → /lib/systemd/system/${name}.service.\n`,
          );
          unit.enabled = true;
        }
        break;
      case 'disable':
        if (unit.enabled) {
          io.stderr(`Removed "/etc/systemd/system/multi-user.target.wants/${name}.service".\n`);
          unit.enabled = false;
        }
        break;
      default:
        io.stderr(`Unknown command verb ${verb}.\n`);
        return 1;
    }
  }
  return code;
});
