// `crictl inspectp POD-ID...` (cmd/crictl/sandbox.go:183-222, marshalPodSandboxStatus 360-372,
// PodSandboxStatus 376-449 @v1.26.0): PodSandboxStatus, verbose unless -q; the status in its
// fields' order with createdAt as an RFC 3339 time, then json (default), yaml or go-template
// with the info beside it, or the table form.

import type { PodSandboxStatus } from '../../../cri/index';
import { goJsonDecode, goMapText, marshalMapInOrder, protobufObjectToJson, type GoJsonValue } from '../output/index';
import { inspectStatuses, rfc3339NanoOf } from '../containers/inspect';
import type { CrictlCommand } from '../crictl-env';
import { goTimeText, mapBlocks } from './pod-shared';

function statusJson(status: PodSandboxStatus): string {
  const map = goJsonDecode(protobufObjectToJson('PodSandboxStatus', status)) as Record<string, GoJsonValue>;
  map.createdAt = rfc3339NanoOf(status.createdAt);
  return marshalMapInOrder(map, 'PodSandboxStatus');
}

function tableText(status: PodSandboxStatus, info: Record<string, string>, verbose: boolean): string {
  let out = `ID: ${status.id}\n`;
  const m = status.metadata;
  if (m.name !== '') out += `Name: ${m.name}\n`;
  if (m.uid !== '') out += `UID: ${m.uid}\n`;
  if (m.namespace !== '') out += `Namespace: ${m.namespace}\n`;
  out += `Attempt: ${m.attempt}\n`;
  out += `Status: ${status.state}\n`;
  out += `Created: ${goTimeText(status.createdAt)}\n`;
  if (status.network) {
    out += `IP Addresses: ${status.network.ip}\n`;
    for (const ip of status.network.additionalIps) out += `Additional IP: ${ip.ip}\n`;
  }
  out += mapBlocks(status.labels, status.annotations);
  if (verbose) out += `Info: ${goMapText(info)}\n`;
  return out;
}

export const inspectpCommand: CrictlCommand = {
  name: 'inspectp',
  usage: 'Display the status of one or more pods',
  argsUsage: 'POD-ID [POD-ID...]',
  shortOptionHandling: true,
  flags: [
    { names: ['output', 'o'], kind: 'string', usage: 'Output format, One of: json|yaml|go-template|table' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Do not show verbose information' },
    { names: ['template'], kind: 'string', usage: 'The template string is only used when output is go-template; The Template format is golang template' },
  ],
  action: inspectStatuses({
    what: (id) => `getting the pod sandbox status for ${JSON.stringify(id)}`,
    get: (runtime, id, verbose) => runtime.podSandboxStatus({ podSandboxId: id, verbose }),
    statusJson,
    table: (_c, status, info, verbose) => tableText(status, info, verbose),
  }),
};
