// `systemctl` for the node's units (host/systemd.ts holds them and runs their daemons' hooks):
// this file is only systemctl's words. Stopping containerd makes every ctr call fail to dial,
// as on a real node; its shims and containers keep running, as they do there.

import type { CommandIO } from '../../cli/spec';
import type { UnitState } from '../../host/host-state';
import {
  activeSinceMs,
  installedUnit,
  mainPid,
  restartUnit,
  setEnabled,
  startUnit,
  stopUnit,
  unitDefinition,
} from '../../host/systemd';
import { formatJournalLine, journalEntries } from '../../host/journal';
import { loadUnitFiles } from '../../host/unit-files';
import type { Node } from '../../node';
import { nodeCommand } from './command-host';
import { systemdAgo } from '../../host/systemd-relative-time';

/** The verbs simulated here, for completion (daemon-reload reads /etc/systemd/system again: host/unit-files.ts). */
export const SYSTEMCTL_VERBS: readonly string[] = [
  'daemon-reload', 'disable', 'enable', 'is-active', 'is-enabled', 'reload-or-restart', 'restart', 'start', 'status', 'stop',
];

/** Exit codes systemctl gives for a unit it cannot find, by verb (LSB: 4 for status). */
const NOT_FOUND_EXIT: Readonly<Record<string, number>> = { status: 4, 'is-active': 3, 'is-enabled': 1 };

function unitName(arg: string): string {
  return arg.endsWith('.service') ? arg.slice(0, -'.service'.length) : arg;
}

function since(node: Node, unit: UnitState): string {
  const ms = activeSinceMs(node, unit);
  const d = new Date(ms);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()] ?? '';
  const stamp = d.toISOString().replace('T', ' ').slice(0, 19);
  return `${day} ${stamp} UTC; ${systemdAgo(node.nowMs() - ms)}`;
}

function status(node: Node, name: string, unit: UnitState, io: CommandIO): number {
  const definition = unitDefinition(name);
  const command = definition?.command ?? `/usr/bin/${name}`;
  const enabled = unit.enabled ? 'enabled' : 'disabled';
  const lines = [
    `${unit.active ? '●' : '○'} ${name}.service - ${definition?.description ?? name}`,
    `     Loaded: loaded (${definition?.unitFile ?? `/lib/systemd/system/${name}.service`}; ${enabled}; preset: enabled)`,
    ...(definition?.dropIn ? [`    Drop-In: ${definition.dropIn.dir}`, ...definition.dropIn.files.map((f) => `             └─${f}`)] : []),
    unit.active ? `     Active: active (running) since ${since(node, unit)}` : '     Active: inactive (dead)',
  ];
  if (unit.active) {
    const pid = mainPid(unit);
    const process = command.split(' ')[0]?.split('/').pop() ?? name;
    lines.push(`   Main PID: ${pid} (${process})`, `     CGroup: /system.slice/${name}.service`, `             └─${pid} ${command}`);
  }
  // Like systemctl, the unit's last ten journal lines after a blank line (when it logged any).
  const journal = journalEntries(node, name).slice(-10);
  if (journal.length > 0) lines.push('', ...journal.map((e) => formatJournalLine(e, node.state.host.hostname)));
  io.stdout(`${lines.join('\n')}\n`);
  return unit.active ? 0 : 3;
}

function notFound(verb: string, name: string, io: CommandIO): number {
  if (verb === 'status') io.stderr(`Unit ${name}.service could not be found.\n`);
  else if (verb === 'is-active') io.stdout('inactive\n');
  else if (verb === 'is-enabled') io.stderr(`Failed to get unit file state for ${name}.service: No such file or directory\n`);
  else io.stderr(`Failed to ${verb} ${name}.service: Unit ${name}.service not found.\n`);
  return NOT_FOUND_EXIT[verb] ?? 5;
}

/** A start whose daemon exited at once (Type=notify, no READY=1): systemctl's job error. */
function jobFailed(name: string, io: CommandIO): number {
  io.stderr(
    `Job for ${name}.service failed because the control process exited with error code.\n` +
      `See "systemctl status ${name}.service" and "journalctl -xe" for details.\n`,
  );
  return 1;
}

/** `enable` and `disable`: the symlink systemctl reports, and with --now the start or stop. */
function setBoot(node: Node, name: string, enable: boolean, now: boolean, io: CommandIO): number {
  const link = `/etc/systemd/system/multi-user.target.wants/${name}.service`;
  if (setEnabled(node, name, enable)) {
    io.stderr(enable ? `Created symlink ${link} → ${unitDefinition(name)?.unitFile ?? link}.\n` : `Removed "${link}".\n`);
  }
  if (now && enable) return startUnit(node, name) ? 0 : jobFailed(name, io);
  if (now) stopUnit(node, name);
  return 0;
}

export const systemctlCommand = nodeCommand('systemctl', (args, io, node) => {
  const [verb, ...rest] = args.filter((a) => !a.startsWith('-'));
  const now = args.includes('--now');
  if (verb === undefined || verb.startsWith('list-')) {
    io.stderr(`systemctl: ${verb ?? 'listing units'} is not simulated here; name a unit (systemctl status containerd).\n`);
    return 1;
  }
  loadUnitFiles(node, verb === 'daemon-reload');
  if (verb === 'daemon-reload') return 0;
  if (rest.length === 0) {
    io.stderr(`Too few arguments.\n`);
    return 1;
  }
  let code = 0;
  for (const arg of rest) {
    const name = unitName(arg);
    const unit = installedUnit(node, name);
    if (!unit) {
      code = notFound(verb, name, io);
      continue;
    }
    switch (verb) {
      case 'start':
        if (!startUnit(node, name)) code = jobFailed(name, io);
        break;
      case 'stop':
        stopUnit(node, name);
        break;
      case 'restart':
      case 'reload-or-restart':
        if (!restartUnit(node, name)) code = jobFailed(name, io);
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
      case 'disable':
        code = Math.max(code, setBoot(node, name, verb === 'enable', now, io));
        break;
      default:
        io.stderr(`Unknown command verb ${verb}.\n`);
        return 1;
    }
  }
  return code;
});
