// The resource flags `docker run` / `create` and `docker update` share (docker/cli v20.10.24
// opts: MemBytes, MemSwapBytes, NanoCPUs; pflag ints), parsed as pflag parses them. Each
// command words a bad value its own way, so the caller gives the error to throw.

import type { DockerContext } from '../docker-env';
import { ramInBytes } from '../../../go/units-size';

/** How the calling command refuses a flag's value: `invalid argument "<raw>" for "<flag>" flag: <why>`. */
export type FlagValueError = (flag: string, raw: string, why: string) => Error;

/** container.Resources fields these flags set (Go's JSON names). */
export interface ResourceFlags {
  BlkioWeight?: number;
  CpuPeriod?: number;
  CpuQuota?: number;
  CpuRealtimePeriod?: number;
  CpuRealtimeRuntime?: number;
  CpuShares?: number;
  Memory?: number;
  MemoryReservation?: number;
  MemorySwap?: number;
  KernelMemory?: number;
  NanoCpus?: number;
  CpusetCpus?: string;
  CpusetMems?: string;
}

/** opts.MemBytes / MemSwapBytes (`-1`: unlimited swap). */
function bytesFlag(c: DockerContext, fail: FlagValueError, name: string, flag: string, swap = false): number | undefined {
  if (!c.isSet(name)) return undefined;
  const raw = c.string(name);
  if (swap && raw === '-1') return -1;
  try {
    return ramInBytes(raw);
  } catch {
    throw fail(flag, raw, `invalid size: '${raw}'`);
  }
}

/**
 * opts.NanoCPUs: a rational number of CPUs, in billionths — big.Rat's SetString, which takes a
 * fraction `a/b` or a decimal with an exponent (`1e9`, `2.5E-1`).
 */
function nanoCpus(c: DockerContext, fail: FlagValueError): number | undefined {
  if (!c.isSet('cpus')) return undefined;
  const raw = c.string('cpus');
  if (!/^[+-]?((\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|\d+\/\d+)$/.test(raw)) throw fail('--cpus', raw, `failed to parse ${raw} as a rational number`);
  const [num = '0', den = '1'] = raw.split('/');
  if (Number(den) === 0) throw fail('--cpus', raw, `failed to parse ${raw} as a rational number`);
  const nano = (Number(num) / Number(den)) * 1e9;
  if (!Number.isInteger(Math.round(nano * 1e6) / 1e6)) throw fail('--cpus', raw, 'value is too precise');
  return Math.round(nano);
}

const NUMBERS: ReadonlyArray<[keyof ResourceFlags, string]> = [
  ['BlkioWeight', 'blkio-weight'],
  ['CpuPeriod', 'cpu-period'],
  ['CpuQuota', 'cpu-quota'],
  ['CpuRealtimePeriod', 'cpu-rt-period'],
  ['CpuRealtimeRuntime', 'cpu-rt-runtime'],
  ['CpuShares', 'cpu-shares'],
];

/** The resource flags given on this line (those not given are absent). */
export function resourceFlags(c: DockerContext, fail: FlagValueError): ResourceFlags {
  const out: ResourceFlags = {};
  const numbers = out as Record<string, number>;
  for (const [key, flag] of NUMBERS) if (c.isSet(flag)) numbers[key] = c.int(flag);
  const sized: Array<[keyof ResourceFlags, number | undefined]> = [
    ['Memory', bytesFlag(c, fail, 'memory', '-m, --memory')],
    ['MemoryReservation', bytesFlag(c, fail, 'memory-reservation', '--memory-reservation')],
    ['MemorySwap', bytesFlag(c, fail, 'memory-swap', '--memory-swap', true)],
    ['KernelMemory', bytesFlag(c, fail, 'kernel-memory', '--kernel-memory')],
    ['NanoCpus', nanoCpus(c, fail)],
  ];
  for (const [key, value] of sized) if (value !== undefined) numbers[key] = value;
  if (c.string('cpuset-cpus') !== '') out.CpusetCpus = c.string('cpuset-cpus');
  if (c.string('cpuset-mems') !== '') out.CpusetMems = c.string('cpuset-mems');
  return out;
}
