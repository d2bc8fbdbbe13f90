// `crictl inspectp POD-ID...` (cmd/crictl/sandbox.go:183-222, marshalPodSandboxStatus 360-372,
// PodSandboxStatus 376-449 @v1.26.0): PodSandboxStatus, verbose unless -q; the status in its
// fields' order with createdAt as an RFC 3339 time, then json (default), yaml or go-template
// with the info beside it, or the table form.

import { plain } from '../../../errdefs/errdefs';
import type { PodSandboxStatus } from '../../../cri/index';
import { goJsonDecode, marshalMapInOrder, outputStatusInfo, protobufObjectToJson, type GoJsonValue } from '../output/index';
import { rfc3339NanoOf } from '../containers/inspect';
import { sortedKeys } from '../containers/shared';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand } from '../crictl-env';
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
  if (verbose) out += `Info: map[${sortedKeys(info).map((k) => `${k}:${info[k] ?? ''}`).join(' ')}]\n`;
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
  action: async (c) => {
    if (c.args.length === 0) {
      c.io.stdout(c.helpText());
      return;
    }
    const runtime = await runtimeServiceOf(c, 0);
    const verbose = !c.bool('quiet');
    const output = c.string('output') || 'json';
    for (const id of c.args) {
      const fail = (text: string) => plain(`getting the pod sandbox status for ${JSON.stringify(id)}: ${text}`);
      if (id === '') throw fail('ID cannot be empty');
      let status: PodSandboxStatus;
      let info: Record<string, string>;
      try {
        ({ status, info } = await runtime.podSandboxStatus({ podSandboxId: id, verbose }));
      } catch (err) {
        throw fail(rpcErrorText(err));
      }
      if (output === 'json' || output === 'yaml' || output === 'go-template') {
        try {
          outputStatusInfo(c.io, statusJson(status), info, output, c.string('template'));
        } catch (err) {
          throw fail((err as Error).message);
        }
        continue;
      }
      if (output !== 'table') throw fail(`output option cannot be ${output}`);
      c.io.stdout(tableText(status, info, verbose));
    }
  },
};
