// Health checks as states (moby v20.10.24 daemon/health.go): a container whose Config has a
// Healthcheck (its own or the image's HEALTHCHECK; Test ["NONE"] turns it off) starts `starting`
// with a zero streak; every Interval (default 30 s) after the previous probe ended, the probe
// runs as an exec in the container (CMD-SHELL through /bin/sh -c), at most Timeout (default
// 30 s: then exit -1 `Health check exceeded timeout (30s)`); exit 0 makes it `healthy` and
// clears the streak, anything else adds to the streak — not while `starting` within its
// StartPeriod — and Retries (default 3) failures in a row make it `unhealthy`. The log keeps the
// last five probes, each output cut at 4096 bytes. The node's clock drives the probes: each is
// a scheduler timer, and one that no longer matches the record's next probe (a stop, a pause, a
// restart) does nothing. Without a probe (Test ["NONE"]) there is no State.Health.

import { registerTimerKind, scheduleAt } from '../../host/scheduler';
import type { Node } from '../../node';
import { randomHex } from '../images/random-hex';
import type { DockerContainerRecord } from '../store/container-record';
import { goDuration } from '../../go/duration';
import { mobyClient } from './moby-client';
import { execAction, logContainerEvent } from '../events/event-log';

const HEALTH_TIMER = 'dockerd-health';
const SECOND_NS = 1e9;
const DEFAULT_INTERVAL_NS = 30 * SECOND_NS;
const DEFAULT_TIMEOUT_NS = 30 * SECOND_NS;
const DEFAULT_RETRIES = 3;
const MAX_LOG_ENTRIES = 5;
const MAX_OUTPUT_LEN = 4096;

/** container.HealthConfig as the record's Config keeps it (durations in nanoseconds). */
interface HealthConfig {
  Test?: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  Retries?: number;
}

type Health = NonNullable<DockerContainerRecord['health']>;
type ProbeResult = Health['log'][number];

function healthConfigOf(record: DockerContainerRecord): HealthConfig | undefined {
  return (record.config.Healthcheck as HealthConfig | undefined) ?? undefined;
}

/** getProbe: the command a probe execs, or undefined when there is none (NONE, no Test). */
function probeCommand(config: HealthConfig | undefined): string[] | undefined {
  const [kind, ...rest] = config?.Test ?? [];
  if (kind === 'CMD') return rest.length > 0 ? rest : undefined;
  if (kind === 'CMD-SHELL') return ['/bin/sh', '-c', rest.join(' ')];
  return undefined;
}

const ms = (ns: number | undefined, fallbackNs: number) => Math.max(1, Math.round((ns && ns > 0 ? ns : fallbackNs) / 1e6));

/** initHealthMonitor at start: `starting`, a zero streak (the log kept), the first probe one interval on. */
export function initHealthMonitor(node: Node, record: DockerContainerRecord): void {
  const config = healthConfigOf(record);
  // No probe (Test ["NONE"], --no-healthcheck): no State.Health at all, as a real 20.10.24 shows.
  if (!config || !probeCommand(config)) return;
  const health: Health = record.health ? { ...record.health, status: 'starting', failingStreak: 0 } : { status: 'starting', failingStreak: 0, log: [] };
  delete health.nextProbeMs;
  record.health = health;
  scheduleProbe(node, record, node.nowMs() + ms(config.Interval, DEFAULT_INTERVAL_NS));
}

function scheduleProbe(node: Node, record: DockerContainerRecord, atMs: number): void {
  if (!record.health) return;
  record.health.nextProbeMs = atMs;
  scheduleAt(node, atMs, HEALTH_TIMER, { id: record.id, atMs });
}

/** One probe (cmdProbe.run) at the node's now: its result as the log records it. */
function runProbe(node: Node, record: DockerContainerRecord, config: HealthConfig, command: string[]): ProbeResult {
  const startMs = node.nowMs();
  const timeoutMs = ms(config.Timeout, DEFAULT_TIMEOUT_NS);
  const at = (t: number) => new Date(t).toISOString();
  try {
    const task = mobyClient(node).containers.loadContainer(record.id).task();
    const execId = randomHex(node, 32);
    // cmdProbe.run: the probe is an exec like any other, with its events.
    logContainerEvent(node, record, execAction('exec_create', command), { execID: execId });
    logContainerEvent(node, record, execAction('exec_start', command), { execID: execId });
    const started = task.exec({ execId, args: command, cwd: '', terminal: false, stdin: '', env: (record.config.Env as string[] | undefined) ?? [] });
    const planned = started.process.plannedExit();
    const duration = planned ? Math.max(0, planned.atMs - startMs) : Number.POSITIVE_INFINITY;
    if (duration > timeoutMs) {
      return { start: at(startMs), end: at(startMs + timeoutMs), exitCode: -1, output: `Health check exceeded timeout (${goDuration((config.Timeout && config.Timeout > 0 ? config.Timeout : DEFAULT_TIMEOUT_NS))})` };
    }
    const output = started.out.filter((chunk) => (chunk.atMs ?? 0) <= duration).map((chunk) => chunk.text).join('');
    return { start: at(startMs), end: at(startMs + duration), exitCode: planned?.code ?? -1, output: output.slice(0, MAX_OUTPUT_LEN) };
  } catch (err) {
    // The exec could not start: monitor() records the error as a failed probe.
    return { start: at(startMs), end: at(startMs), exitCode: -1, output: err instanceof Error ? err.message : String(err) };
  }
}

/** handleProbeResult. */
function recordResult(record: DockerContainerRecord, config: HealthConfig, result: ProbeResult): void {
  const health = record.health;
  if (!health) return;
  health.log = [...health.log, result].slice(-MAX_LOG_ENTRIES);
  if (result.exitCode === 0) {
    health.failingStreak = 0;
    health.status = 'healthy';
    return;
  }
  const startPeriodMs = config.StartPeriod && config.StartPeriod > 0 ? config.StartPeriod / 1e6 : 0;
  const sinceStart = Date.parse(result.start) - Date.parse(record.state.startedAt ?? result.start);
  if (health.status === 'starting' && sinceStart < startPeriodMs) return;
  health.failingStreak += 1;
  if (health.failingStreak >= (config.Retries && config.Retries > 0 ? config.Retries : DEFAULT_RETRIES)) health.status = 'unhealthy';
}

registerTimerKind(HEALTH_TIMER, (node, timer) => {
  const id = timer.data?.id;
  const record = typeof id === 'string' ? node.state.dockerd.containers[id] : undefined;
  if (!record?.health || record.health.nextProbeMs !== timer.data?.atMs) return;
  delete record.health.nextProbeMs;
  const config = healthConfigOf(record);
  const command = probeCommand(config);
  if (!config || !command) return;
  if (record.state.status !== 'running') return;
  const result = runProbe(node, record, config, command);
  const before = record.health.status;
  recordResult(record, config, result);
  if (record.health.status !== before) logContainerEvent(node, record, `health_status: ${record.health.status}`);
  scheduleProbe(node, record, Date.parse(result.end) + ms(config.Interval, DEFAULT_INTERVAL_NS));
});

/**
 * CloseMonitorChannel (container/health.go): the probes stop — at the exit, at a pause — and
 * the status becomes `unhealthy` "for compatibility reasons" (the streak stays), as `docker
 * inspect` shows on a real 20.10.24 after `docker stop`.
 */
export function stopHealthMonitor(record: DockerContainerRecord): void {
  if (!record.health) return;
  delete record.health.nextProbeMs;
  record.health.status = 'unhealthy';
}

/** updateHealthMonitor after an unpause: probing again, one interval on. */
export function resumeHealthMonitor(node: Node, record: DockerContainerRecord): void {
  const config = healthConfigOf(record);
  if (!record.health || !config || !probeCommand(config)) return;
  scheduleProbe(node, record, node.nowMs() + ms(config.Interval, DEFAULT_INTERVAL_NS));
}
