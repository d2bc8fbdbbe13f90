// `crictl inspect CONTAINER-ID...` (container.go:396-435, marshalContainerStatus 849-877 and
// ContainerStatus 881-957 @v1.26.0): ContainerStatus (verbose unless -q); the status printed
// in its fields' order with createdAt/startedAt/finishedAt rewritten as RFC 3339 times
// (startedAt once the container left CREATED, finishedAt once EXITED, else Go's zero time);
// then json (default), yaml or go-template with the info, or the table form.

import { plain } from '../../../errdefs/errdefs';
import type { ContainerStatus, Int64, RuntimeService } from '../../../cri/index';
import { goJsonDecode, goMapText, INSPECT_FLAGS, marshalMapInOrder, printInspected, protobufObjectToJson, type GoJsonValue } from '../output/index';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand, type CrictlContext } from '../crictl-env';
import { ago, sortedKeys } from './shared';

const GO_ZERO_TIME = '0001-01-01T00:00:00Z';

/** time.Unix(0, ns).Format(time.RFC3339Nano) on a UTC node: fraction without trailing zeros. */
export function rfc3339NanoOf(ns: Int64): string {
  const n = BigInt(ns);
  const sec = n / 1_000_000_000n - (n % 1_000_000_000n < 0n ? 1n : 0n);
  const frac = n - sec * 1_000_000_000n;
  const iso = new Date(Number(sec) * 1000).toISOString().slice(0, 19);
  const digits = frac === 0n ? '' : `.${frac.toString().padStart(9, '0').replace(/0+$/, '')}`;
  return `${iso}${digits}Z`;
}

/** marshalContainerStatus. */
function statusJson(status: ContainerStatus): string {
  const map = goJsonDecode(protobufObjectToJson('ContainerStatus', status)) as Record<string, GoJsonValue>;
  map.createdAt = rfc3339NanoOf(status.createdAt);
  const started = status.state !== 'CONTAINER_CREATED';
  const finished = status.state === 'CONTAINER_EXITED' || (status.state === 'CONTAINER_UNKNOWN' && BigInt(status.finishedAt) > 0n);
  map.startedAt = started ? rfc3339NanoOf(status.startedAt) : GO_ZERO_TIME;
  map.finishedAt = finished ? rfc3339NanoOf(status.finishedAt) : GO_ZERO_TIME;
  return marshalMapInOrder(map, 'ContainerStatus');
}

function tableText(nowMs: number, status: ContainerStatus, info: Record<string, string>, verbose: boolean): string {
  let out = `ID: ${status.id}\n`;
  if (status.metadata.name !== '') out += `Name: ${status.metadata.name}\n`;
  if (status.metadata.attempt !== 0) out += `Attempt: ${status.metadata.attempt}\n`;
  out += `State: ${status.state}\n`;
  out += `Created: ${ago(nowMs, status.createdAt)}\n`;
  if (status.state !== 'CONTAINER_CREATED') out += `Started: ${ago(nowMs, status.startedAt)}\n`;
  if (status.state === 'CONTAINER_EXITED') {
    if (BigInt(status.finishedAt) > 0n) out += `Finished: ${ago(nowMs, status.finishedAt)}\n`;
    out += `Exit Code: ${status.exitCode}\n`;
  }
  // A map that came empty over gRPC is nil in Go: no heading then.
  if (Object.keys(status.labels).length > 0) out += 'Labels:\n';
  for (const k of sortedKeys(status.labels)) out += `\t${k} -> ${status.labels[k]}\n`;
  if (Object.keys(status.annotations).length > 0) out += 'Annotations:\n';
  for (const k of sortedKeys(status.annotations)) out += `\t${k} -> ${status.annotations[k]}\n`;
  if (verbose) out += `Info: ${goMapText(info)}\n`;
  return out;
}

/** What inspect and inspectp differ in: the request, the status's JSON and its table. */
interface StatusInspection<S> {
  /** The start of each ID's error text. */
  what: (id: string) => string;
  get: (runtime: RuntimeService, id: string, verbose: boolean) => Promise<{ status: S; info: Record<string, string> }>;
  statusJson: (status: S) => string;
  table: (c: CrictlContext, status: S, info: Record<string, string>, verbose: boolean) => string;
}

/**
 * The action of inspect and inspectp: the help without IDs, else each ID's status (verbose
 * unless -q) printed as -o asks; an empty ID, a failed request or output fails with its text.
 */
export function inspectStatuses<S>(x: StatusInspection<S>): CrictlCommand['action'] {
  return async (c) => {
    if (c.args.length === 0) {
      c.io.stdout(c.helpText());
      return;
    }
    const runtime = await runtimeServiceOf(c, 0);
    const verbose = !c.bool('quiet');
    const output = c.string('output') || 'json';
    for (const id of c.args) {
      const fail = (text: string) => plain(`${x.what(id)}: ${text}`);
      if (id === '') throw fail('ID cannot be empty');
      let got: { status: S; info: Record<string, string> };
      try {
        got = await x.get(runtime, id, verbose);
      } catch (err) {
        throw fail(rpcErrorText(err));
      }
      const { status, info } = got;
      printInspected(c.io, output, c.string('template'), {
        status: () => x.statusJson(status),
        info,
        table: () => x.table(c, status, info, verbose),
        failed: fail,
      });
    }
  };
}

export const inspectCommand: CrictlCommand = {
  name: 'inspect',
  usage: 'Display the status of one or more containers',
  argsUsage: 'CONTAINER-ID [CONTAINER-ID...]',
  flags: INSPECT_FLAGS,
  action: inspectStatuses({
    what: (id) => `getting the status of the container ${JSON.stringify(id)}`,
    get: (runtime, id, verbose) => runtime.containerStatus({ containerId: id, verbose }),
    statusJson,
    table: (c, status, info, verbose) => tableText(c.env.node.nowMs(), status, info, verbose),
  }),
};
