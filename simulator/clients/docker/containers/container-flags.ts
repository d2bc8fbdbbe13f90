// The flags `docker run` and `docker create` share (docker/cli 20.10 cli/command/container/
// opts.go addFlags), as `docker run --help` of the Debian docker.io 20.10.24 client lists them
// (help text and defaults copied from that output; -d, --detach-keys and --sig-proxy are run's).

import type { FlagSpec } from '../../../cli/spec';
import { parseMountOpt } from './mount-opt';
import { checkDnsSearch, checkEnv, checkExtraHost, checkIpAddress } from './network-opts';
import { checkAttach, checkDeviceCgroupRule, checkGpus, checkLink, checkThrottleBps, checkThrottleIops, checkWeightDevice } from './device-opts';

const CGROUPNS_USAGE =
  "Cgroup namespace to use (host|private)\n'host':    Run the container in the Docker host's cgroup namespace\n'private': Run the container in its own private cgroup namespace\n'':        Use the cgroup namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)";

const RUN_ONLY = new Set(['detach', 'detach-keys', 'sig-proxy']);

const ALL: FlagSpec[] = [
  { names: ['add-host'], kind: 'stringArray', typeName: 'list', usage: 'Add a custom host-to-IP mapping (host:ip)', check: checkExtraHost },
  { names: ['attach', 'a'], kind: 'stringArray', typeName: 'list', usage: 'Attach to STDIN, STDOUT or STDERR', check: checkAttach },
  { names: ['blkio-weight'], kind: 'uint16', usage: 'Block IO (relative weight), between 10 and 1000, or 0 to disable', value: 0, defaultText: '0' },
  { names: ['blkio-weight-device'], kind: 'stringArray', typeName: 'list', usage: 'Block IO weight (relative device weight)', defaultText: '[]', check: checkWeightDevice },
  { names: ['cap-add'], kind: 'stringArray', typeName: 'list', usage: 'Add Linux capabilities' },
  { names: ['cap-drop'], kind: 'stringArray', typeName: 'list', usage: 'Drop Linux capabilities' },
  { names: ['cgroup-parent'], kind: 'string', usage: 'Optional parent cgroup for the container' },
  { names: ['cgroupns'], kind: 'string', usage: CGROUPNS_USAGE },
  { names: ['cidfile'], kind: 'string', usage: 'Write the container ID to the file' },
  { names: ['cpu-period'], kind: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) period' },
  { names: ['cpu-quota'], kind: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) quota' },
  { names: ['cpu-rt-period'], kind: 'int', usage: 'Limit CPU real-time period in microseconds' },
  { names: ['cpu-rt-runtime'], kind: 'int', usage: 'Limit CPU real-time runtime in microseconds' },
  { names: ['cpu-shares', 'c'], kind: 'int', usage: 'CPU shares (relative weight)' },
  { names: ['cpus'], kind: 'string', typeName: 'decimal', usage: 'Number of CPUs' },
  { names: ['cpuset-cpus'], kind: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)' },
  { names: ['cpuset-mems'], kind: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)' },
  { names: ['detach', 'd'], kind: 'bool', usage: 'Run container in background and print container ID' },
  { names: ['detach-keys'], kind: 'string', usage: 'Override the key sequence for detaching a container' },
  { names: ['device'], kind: 'stringArray', typeName: 'list', usage: 'Add a host device to the container' },
  { names: ['device-cgroup-rule'], kind: 'stringArray', typeName: 'list', usage: 'Add a rule to the cgroup allowed devices list', check: checkDeviceCgroupRule },
  { names: ['device-read-bps'], kind: 'stringArray', typeName: 'list', usage: 'Limit read rate (bytes per second) from a device', defaultText: '[]', check: checkThrottleBps },
  { names: ['device-read-iops'], kind: 'stringArray', typeName: 'list', usage: 'Limit read rate (IO per second) from a device', defaultText: '[]', check: checkThrottleIops },
  { names: ['device-write-bps'], kind: 'stringArray', typeName: 'list', usage: 'Limit write rate (bytes per second) to a device', defaultText: '[]', check: checkThrottleBps },
  { names: ['device-write-iops'], kind: 'stringArray', typeName: 'list', usage: 'Limit write rate (IO per second) to a device', defaultText: '[]', check: checkThrottleIops },
  { names: ['disable-content-trust'], kind: 'bool', usage: 'Skip image verification', value: true },
  { names: ['dns'], kind: 'stringArray', typeName: 'list', usage: 'Set custom DNS servers', check: checkIpAddress },
  { names: ['dns-option'], kind: 'stringArray', typeName: 'list', usage: 'Set DNS options' },
  { names: ['dns-search'], kind: 'stringArray', typeName: 'list', usage: 'Set custom DNS search domains', check: checkDnsSearch },
  { names: ['domainname'], kind: 'string', usage: 'Container NIS domain name' },
  { names: ['entrypoint'], kind: 'string', usage: 'Overwrite the default ENTRYPOINT of the image' },
  { names: ['env', 'e'], kind: 'stringArray', typeName: 'list', usage: 'Set environment variables', check: checkEnv },
  { names: ['env-file'], kind: 'stringArray', typeName: 'list', usage: 'Read in a file of environment variables' },
  { names: ['expose'], kind: 'stringArray', typeName: 'list', usage: 'Expose a port or a range of ports' },
  { names: ['gpus'], kind: 'string', typeName: 'gpu-request', usage: "GPU devices to add to the container ('all' to pass all GPUs)", check: checkGpus },
  { names: ['group-add'], kind: 'stringArray', typeName: 'list', usage: 'Add additional groups to join' },
  { names: ['health-cmd'], kind: 'string', usage: 'Command to run to check health' },
  { names: ['health-interval'], kind: 'duration', usage: 'Time between running the check (ms|s|m|h)', value: '0s', defaultText: '0s' },
  { names: ['health-retries'], kind: 'int', usage: 'Consecutive failures needed to report unhealthy' },
  { names: ['health-start-period'], kind: 'duration', usage: 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h)', value: '0s', defaultText: '0s' },
  { names: ['health-timeout'], kind: 'duration', usage: 'Maximum time to allow one check to run (ms|s|m|h)', value: '0s', defaultText: '0s' },
  // -h is the host name here, so cobra lists its own --help among the options.
  { names: ['help'], kind: 'bool', usage: 'Print usage' },
  { names: ['hostname', 'h'], kind: 'string', usage: 'Container host name' },
  { names: ['init'], kind: 'bool', usage: 'Run an init inside the container that forwards signals and reaps processes' },
  { names: ['interactive', 'i'], kind: 'bool', usage: 'Keep STDIN open even if not attached' },
  { names: ['ip'], kind: 'string', usage: 'IPv4 address (e.g., 172.30.100.104)' },
  { names: ['ip6'], kind: 'string', usage: 'IPv6 address (e.g., 2001:db8::33)' },
  { names: ['ipc'], kind: 'string', usage: 'IPC mode to use' },
  { names: ['isolation'], kind: 'string', usage: 'Container isolation technology' },
  { names: ['kernel-memory'], kind: 'string', typeName: 'bytes', usage: 'Kernel memory limit' },
  { names: ['label', 'l'], kind: 'stringArray', typeName: 'list', usage: 'Set meta data on a container' },
  { names: ['label-file'], kind: 'stringArray', typeName: 'list', usage: 'Read in a line delimited file of labels' },
  { names: ['link'], kind: 'stringArray', typeName: 'list', usage: 'Add link to another container', check: checkLink },
  { names: ['link-local-ip'], kind: 'stringArray', typeName: 'list', usage: 'Container IPv4/IPv6 link-local addresses' },
  { names: ['log-driver'], kind: 'string', usage: 'Logging driver for the container' },
  { names: ['log-opt'], kind: 'stringArray', typeName: 'list', usage: 'Log driver options' },
  { names: ['mac-address'], kind: 'string', usage: 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' },
  { names: ['memory', 'm'], kind: 'string', typeName: 'bytes', usage: 'Memory limit' },
  { names: ['memory-reservation'], kind: 'string', typeName: 'bytes', usage: 'Memory soft limit' },
  { names: ['memory-swap'], kind: 'string', typeName: 'bytes', usage: "Swap limit equal to memory plus swap: '-1' to enable unlimited swap" },
  { names: ['memory-swappiness'], kind: 'int', usage: 'Tune container memory swappiness (0 to 100)', value: -1 },
  { names: ['mount'], kind: 'stringArray', typeName: 'mount', usage: 'Attach a filesystem mount to the container', check: (raw) => {
    const parsed = parseMountOpt(raw);
    return 'error' in parsed ? parsed.error : undefined;
  } },
  { names: ['name'], kind: 'string', usage: 'Assign a name to the container' },
  { names: ['network'], kind: 'string', typeName: 'network', usage: 'Connect a container to a network' },
  { names: ['network-alias'], kind: 'stringArray', typeName: 'list', usage: 'Add network-scoped alias for the container' },
  { names: ['no-healthcheck'], kind: 'bool', usage: 'Disable any container-specified HEALTHCHECK' },
  { names: ['oom-kill-disable'], kind: 'bool', usage: 'Disable OOM Killer' },
  { names: ['oom-score-adj'], kind: 'int', usage: "Tune host's OOM preferences (-1000 to 1000)" },
  { names: ['pid'], kind: 'string', usage: 'PID namespace to use' },
  { names: ['pids-limit'], kind: 'int', usage: 'Tune container pids limit (set -1 for unlimited)' },
  { names: ['platform'], kind: 'string', usage: 'Set platform if server is multi-platform capable' },
  { names: ['privileged'], kind: 'bool', usage: 'Give extended privileges to this container' },
  { names: ['publish', 'p'], kind: 'stringArray', typeName: 'list', usage: "Publish a container's port(s) to the host" },
  { names: ['publish-all', 'P'], kind: 'bool', usage: 'Publish all exposed ports to random ports' },
  { names: ['pull'], kind: 'string', usage: 'Pull image before running ("always"|"missing"|"never")', value: 'missing' },
  { names: ['read-only'], kind: 'bool', usage: "Mount the container's root filesystem as read only" },
  { names: ['restart'], kind: 'string', usage: 'Restart policy to apply when a container exits', value: 'no' },
  { names: ['rm'], kind: 'bool', usage: 'Automatically remove the container when it exits' },
  { names: ['runtime'], kind: 'string', usage: 'Runtime to use for this container' },
  { names: ['security-opt'], kind: 'stringArray', typeName: 'list', usage: 'Security Options' },
  { names: ['shm-size'], kind: 'string', typeName: 'bytes', usage: 'Size of /dev/shm' },
  { names: ['sig-proxy'], kind: 'bool', usage: 'Proxy received signals to the process', value: true },
  { names: ['stop-signal'], kind: 'string', usage: 'Signal to stop a container', value: 'SIGTERM' },
  { names: ['stop-timeout'], kind: 'int', usage: 'Timeout (in seconds) to stop a container' },
  { names: ['storage-opt'], kind: 'stringArray', typeName: 'list', usage: 'Storage driver options for the container' },
  { names: ['sysctl'], kind: 'stringArray', typeName: 'map', usage: 'Sysctl options', defaultText: 'map[]' },
  { names: ['tmpfs'], kind: 'stringArray', typeName: 'list', usage: 'Mount a tmpfs directory' },
  { names: ['tty', 't'], kind: 'bool', usage: 'Allocate a pseudo-TTY' },
  { names: ['ulimit'], kind: 'stringArray', typeName: 'ulimit', usage: 'Ulimit options', defaultText: '[]' },
  { names: ['user', 'u'], kind: 'string', usage: 'Username or UID (format: <name|uid>[:<group|gid>])' },
  { names: ['userns'], kind: 'string', usage: 'User namespace to use' },
  { names: ['uts'], kind: 'string', usage: 'UTS namespace to use' },
  { names: ['volume', 'v'], kind: 'stringArray', typeName: 'list', usage: 'Bind mount a volume' },
  { names: ['volume-driver'], kind: 'string', usage: 'Optional volume driver for the container' },
  { names: ['volumes-from'], kind: 'stringArray', typeName: 'list', usage: 'Mount volumes from the specified container(s)' },
  { names: ['workdir', 'w'], kind: 'string', usage: 'Working directory inside the container' },
];

export const runFlags: FlagSpec[] = ALL;

export const createFlags: FlagSpec[] = ALL.filter((f) => !RUN_ONLY.has(f.names[0] ?? '')).map((f) =>
  f.names[0] === 'pull' ? { ...f, usage: 'Pull image before creating ("always"|"missing"|"never")' } : f,
);

/** Flags parsed but whose effect is not simulated: using one says so. */
export const UNSIMULATED_FLAGS = ['cpu-rt-period', 'cpu-rt-runtime'];
