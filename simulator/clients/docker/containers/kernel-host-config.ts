// The HostConfig fields of `docker run`/`create` beyond networking and resources, as docker/cli
// 20.10.24's opts.go parse fills them: --privileged, --oom-*, --cgroup-parent, --cgroupns,
// --runtime, --device*, --gpus, --blkio-weight-device and the throttles, --storage-opt,
// --userns, --isolation, --volume-driver, --volumes-from and --link, and --expose's ports. The
// client refuses only what parse refuses (`--cgroupns: invalid CGROUP mode`, `invalid storage
// option`, `bad mode specified: …`); the daemon judges the rest.

import type { DockerContext } from '../docker-env';
import { parsePortRange, splitProtoPort } from '../../../go/nat-port-spec';
import { parseDevice, parseGpuRequest, throttleEntry } from './device-opts';

/** A refusal of parse: the caller words it as run's (`docker: <msg>.`). */
type Refuse = (message: string) => Error;

/** --storage-opt (parseStorageOpts): every value `key=value`. */
function storageOpts(values: readonly string[], refuse: Refuse): Record<string, string> | undefined {
  if (values.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq < 0) throw refuse('invalid storage option');
    out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}

/**
 * --expose (opts.go parse): `port[/proto]` or a range, each port of it exposed; a colon or a
 * bad range is refused with nat.ParsePortRange's error.
 */
export function exposedPorts(values: readonly string[], refuse: Refuse): Record<string, Record<string, never>> {
  const out: Record<string, Record<string, never>> = {};
  for (const e of values) {
    if (e.includes(':')) throw refuse(`invalid port format for --expose: ${e}`);
    const [proto, port] = splitProtoPort(e);
    const range = parsePortRange(port);
    if (!range) throw refuse(`invalid range format for --expose: ${e}, error: ${portRangeError(port)}`);
    for (let p = range.start; p <= range.end; p++) out[`${p}/${proto}`] = {};
  }
  return out;
}

/** nat.ParsePortRange's error texts. */
function portRangeError(ports: string): string {
  if (ports === '') return 'Empty string specified for ports.';
  const uint = (s: string) => (/^\d+$/.test(s) ? (Number(s) > 65535 ? 'value out of range' : undefined) : 'invalid syntax');
  if (!ports.includes('-')) return `strconv.ParseUint: parsing ${JSON.stringify(ports)}: ${uint(ports) ?? 'invalid syntax'}`;
  const [start = '', end = ''] = ports.split('-');
  for (const part of [start, end]) {
    const why = uint(part);
    if (why) return `strconv.ParseUint: parsing ${JSON.stringify(part)}: ${why}`;
  }
  return `Invalid range specified for the Port: ${ports}`;
}

/** The HostConfig fields these flags set; those not given are left out (the daemon's defaults). */
export function kernelHostConfig(c: DockerContext, refuse: Refuse): Record<string, unknown> {
  const cgroupns = c.string('cgroupns');
  if (!['', 'host', 'private'].includes(cgroupns)) throw refuse('--cgroupns: invalid CGROUP mode');
  const userns = c.string('userns');
  if (userns !== '' && userns.split(':')[0] !== 'host') throw refuse('--userns: invalid USER mode');
  const devices = c.stringSlice('device').map((d) => {
    try {
      return parseDevice(d);
    } catch (err) {
      throw refuse(err instanceof Error ? err.message : String(err));
    }
  });
  // A network of no links (--network none): refused before any request, as a real 20.10.24 does.
  if (c.stringSlice('link').length > 0 && c.string('network') === 'none') throw refuse('links are only supported for user-defined networks');
  const storage = storageOpts(c.stringSlice('storage-opt'), refuse);
  const list = (flag: string, kind: 'bps' | 'iops' | 'weight') => c.stringSlice(flag).map((v) => throttleEntry(v, kind));
  const out: Record<string, unknown> = {
    ...(c.bool('privileged') ? { Privileged: true } : {}),
    OomKillDisable: c.bool('oom-kill-disable'),
    ...(c.isSet('oom-score-adj') ? { OomScoreAdj: c.int('oom-score-adj') } : {}),
    ...(c.string('cgroup-parent') !== '' ? { CgroupParent: c.string('cgroup-parent') } : {}),
    ...(cgroupns !== '' ? { CgroupnsMode: cgroupns } : {}),
    ...(c.string('runtime') !== '' ? { Runtime: c.string('runtime') } : {}),
    ...(devices.length > 0 ? { Devices: devices } : {}),
    ...(c.stringSlice('device-cgroup-rule').length > 0 ? { DeviceCgroupRules: c.stringSlice('device-cgroup-rule') } : {}),
    ...(c.isSet('gpus') ? { DeviceRequests: [parseGpuRequest(c.string('gpus'))] } : {}),
    ...(c.isSet('blkio-weight-device') ? { BlkioWeightDevice: list('blkio-weight-device', 'weight') } : {}),
    ...(c.isSet('device-read-bps') ? { BlkioDeviceReadBps: list('device-read-bps', 'bps') } : {}),
    ...(c.isSet('device-write-bps') ? { BlkioDeviceWriteBps: list('device-write-bps', 'bps') } : {}),
    ...(c.isSet('device-read-iops') ? { BlkioDeviceReadIOps: list('device-read-iops', 'iops') } : {}),
    ...(c.isSet('device-write-iops') ? { BlkioDeviceWriteIOps: list('device-write-iops', 'iops') } : {}),
    ...(storage ? { StorageOpt: storage } : {}),
    ...(userns !== '' ? { UsernsMode: userns } : {}),
    ...(c.string('isolation') !== '' ? { Isolation: c.string('isolation') } : {}),
    ...(c.string('volume-driver') !== '' ? { VolumeDriver: c.string('volume-driver') } : {}),
    ...(c.stringSlice('volumes-from').length > 0 ? { VolumesFrom: c.stringSlice('volumes-from') } : {}),
    ...(c.stringSlice('link').length > 0 ? { Links: c.stringSlice('link') } : {}),
  };
  return out;
}
