// The flags `docker service create` and `docker service update` share (docker/cli 20.10
// cli/command/service/opts.go addServiceFlags), and the defaults create gives them
// (buildServiceDefaultFlagMapping); update shows none, since an unset flag there keeps the
// service's value.

import type { FlagSpec } from '../../../cli/spec';

const SHARED: readonly FlagSpec[] = [
    { names: ['cap-add'], kind: 'stringArray', typeName: 'list', usage: 'Add Linux capabilities' },
    { names: ['cap-drop'], kind: 'stringArray', typeName: 'list', usage: 'Drop Linux capabilities' },
    { names: ['credential-spec'], kind: 'string', typeName: 'credential-spec', usage: 'Credential spec for managed service account (Windows only)' },
    { names: ['detach', 'd'], kind: 'bool', usage: 'Exit immediately instead of waiting for the service to converge' },
    { names: ['endpoint-mode'], kind: 'string', usage: 'Endpoint mode (vip or dnsrr)' },
    { names: ['entrypoint'], kind: 'string', typeName: 'command', usage: 'Overwrite the default ENTRYPOINT of the image' },
    { names: ['health-cmd'], kind: 'string', usage: 'Command to run to check health' },
    { names: ['health-interval'], kind: 'duration', usage: 'Time between running the check (ms|s|m|h)' },
    { names: ['health-retries'], kind: 'int', usage: 'Consecutive failures needed to report unhealthy' },
    { names: ['health-start-period'], kind: 'duration', usage: 'Start period for the container to initialize before counting retries towards unstable (ms|s|m|h)' },
    { names: ['health-timeout'], kind: 'duration', usage: 'Maximum time to allow one check to run (ms|s|m|h)' },
    { names: ['hostname'], kind: 'string', usage: 'Container hostname' },
    { names: ['init'], kind: 'bool', usage: 'Use an init inside each service container to forward signals and reap processes' },
    { names: ['isolation'], kind: 'string', usage: 'Service container isolation mode' },
    { names: ['limit-cpu'], kind: 'string', typeName: 'decimal', usage: 'Limit CPUs' },
    { names: ['limit-memory'], kind: 'string', typeName: 'bytes', usage: 'Limit Memory' },
    { names: ['limit-pids'], kind: 'int', usage: 'Limit maximum number of processes', defaultText: '0 = unlimited' },
    { names: ['log-driver'], kind: 'string', usage: 'Logging driver for service' },
    { names: ['log-opt'], kind: 'stringArray', typeName: 'list', usage: 'Logging driver options' },
    { names: ['max-concurrent'], kind: 'uint', usage: 'Number of job tasks to run concurrently', defaultText: 'equal to --replicas' },
    { names: ['no-healthcheck'], kind: 'bool', usage: 'Disable any container-specified HEALTHCHECK' },
    { names: ['no-resolve-image'], kind: 'bool', usage: 'Do not query the registry to resolve image digest and supported platforms' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Suppress progress output' },
    { names: ['read-only'], kind: 'bool', usage: 'Mount the container\'s root filesystem as read only' },
    { names: ['replicas'], kind: 'uint', usage: 'Number of tasks' },
    { names: ['replicas-max-per-node'], kind: 'uint', usage: 'Maximum number of tasks per node', defaultText: '0 = unlimited' },
    { names: ['reserve-cpu'], kind: 'string', typeName: 'decimal', usage: 'Reserve CPUs' },
    { names: ['reserve-memory'], kind: 'string', typeName: 'bytes', usage: 'Reserve Memory' },
    { names: ['restart-condition'], kind: 'string', usage: 'Restart when condition is met ("none"|"on-failure"|"any")' },
    { names: ['restart-delay'], kind: 'duration', usage: 'Delay between restart attempts (ns|us|ms|s|m|h)' },
    { names: ['restart-max-attempts'], kind: 'uint', usage: 'Maximum number of restarts before giving up' },
    { names: ['restart-window'], kind: 'duration', usage: 'Window used to evaluate the restart policy (ns|us|ms|s|m|h)' },
    { names: ['rollback-delay'], kind: 'duration', usage: 'Delay between task rollbacks (ns|us|ms|s|m|h)' },
    { names: ['rollback-failure-action'], kind: 'string', usage: 'Action on rollback failure ("pause"|"continue")' },
    { names: ['rollback-max-failure-ratio'], kind: 'float64', usage: 'Failure rate to tolerate during a rollback' },
    { names: ['rollback-monitor'], kind: 'duration', usage: 'Duration after each task rollback to monitor for failure (ns|us|ms|s|m|h)' },
    { names: ['rollback-order'], kind: 'string', usage: 'Rollback order ("start-first"|"stop-first")' },
    { names: ['rollback-parallelism'], kind: 'uint', usage: 'Maximum number of tasks rolled back simultaneously (0 to roll back all at once)' },
    { names: ['stop-grace-period'], kind: 'duration', usage: 'Time to wait before force killing a container (ns|us|ms|s|m|h)' },
    { names: ['stop-signal'], kind: 'string', usage: 'Signal to stop the container' },
    { names: ['tty', 't'], kind: 'bool', usage: 'Allocate a pseudo-TTY' },
    { names: ['update-delay'], kind: 'duration', usage: 'Delay between updates (ns|us|ms|s|m|h)' },
    { names: ['update-failure-action'], kind: 'string', usage: 'Action on update failure ("pause"|"continue"|"rollback")' },
    { names: ['update-max-failure-ratio'], kind: 'float64', usage: 'Failure rate to tolerate during an update' },
    { names: ['update-monitor'], kind: 'duration', usage: 'Duration after each task update to monitor for failure (ns|us|ms|s|m|h)' },
    { names: ['update-order'], kind: 'string', usage: 'Update order ("start-first"|"stop-first")' },
    { names: ['update-parallelism'], kind: 'uint', usage: 'Maximum number of tasks updated simultaneously (0 to update all at once)' },
    { names: ['user', 'u'], kind: 'string', usage: 'Username or UID (format: <name|uid>[:<group|gid>])' },
    { names: ['with-registry-auth'], kind: 'bool', usage: 'Send registry authentication details to swarm agents' },
    { names: ['workdir', 'w'], kind: 'string', usage: 'Working directory inside the container' },
];

const CREATE_DEFAULTS: Readonly<Record<string, Pick<FlagSpec, 'value' | 'defaultText'>>> = {
  'endpoint-mode': { value: 'vip' },
  'restart-condition': { value: 'any' },
  'restart-delay': { value: '5s' },
  'rollback-delay': { value: '0s', defaultText: '0s' },
  'rollback-failure-action': { value: 'pause' },
  'rollback-max-failure-ratio': { value: 0, defaultText: '0' },
  'rollback-monitor': { value: '5s' },
  'rollback-order': { value: 'stop-first' },
  'rollback-parallelism': { value: 1 },
  'stop-grace-period': { value: '10s' },
  'update-delay': { value: '0s', defaultText: '0s' },
  'update-failure-action': { value: 'pause' },
  'update-max-failure-ratio': { value: 0, defaultText: '0' },
  'update-monitor': { value: '5s' },
  'update-order': { value: 'stop-first' },
  'update-parallelism': { value: 1 },
};

/** `own` with the shared flags (create's defaults when `withDefaults`), in name order as cobra lists them. */
export function withServiceFlags(own: readonly FlagSpec[], withDefaults: boolean): FlagSpec[] {
  const shared = SHARED.map((f) => (withDefaults ? { ...f, ...CREATE_DEFAULTS[f.names[0] ?? ''] } : f));
  return [...own, ...shared].sort((a, b) => ((a.names[0] ?? '') < (b.names[0] ?? '') ? -1 : 1));
}
