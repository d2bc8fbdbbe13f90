// `buildctl debug` (cmd/buildctl/debug.go@v0.10.4): workers lists the daemon's workers
// (cmd/buildctl/debug/workers.go: a tabwriter table, --verbose details, or a Go template such
// as nerdctl's `--format '{{json .}}'`); dump-llb and dump-metadata read LLB and bolt files,
// which the simulated node does not have.

import { NotSimulatedError } from '../../cli/not-simulated';
import { tabwrite } from '../../cli/tabwriter';
import { formatBytes, listWorkers, type WorkerInfo } from '../../buildkit/index';
import { connect, dial } from '../../containerd/client/index';
import { CONTAINERD_SOCKET } from '../../host/installed-versions';
import type { Node } from '../../node';
import { formatPlatform } from '../../oci/platform';
import { type BuildctlCommand, BuildctlError, requireDaemon } from './buildctl-env';

const DOCS = 'https://github.com/moby/buildkit/blob/v0.10.4/README.md';

function goDuration(ns: number): string {
  const h = Math.floor(ns / 3600e9);
  return `${h}h0m0s`;
}

/** client.WorkerInfo as encoding/json writes it (what `{{json .}}` prints). */
function workersJson(workers: readonly WorkerInfo[]): string {
  return JSON.stringify(
    workers.map((w) => ({
      id: w.id,
      labels: Object.fromEntries(Object.keys(w.labels).sort().map((k) => [k, w.labels[k]])),
      platforms: w.platforms.map((p) => ({ architecture: p.architecture, os: p.os, ...(p.variant ? { variant: p.variant } : {}) })),
      gcPolicy: w.gcPolicy.map((r) => ({ all: r.all, filter: r.filter ?? null, keepDuration: r.keepDurationNs ?? 0, keepBytes: r.keepBytes })),
    })),
  );
}

function verbose(workers: readonly WorkerInfo[]): string {
  let text = '';
  for (const w of workers) {
    text += `ID:\t${w.id}\nPlatforms:\t${w.platforms.map(formatPlatform).join(',')}\nLabels:\n`;
    for (const k of Object.keys(w.labels).sort()) text += `\t${k}:\t${w.labels[k]}\n`;
    w.gcPolicy.forEach((rule, i) => {
      text += `GC Policy rule#${i}:\n\tAll:\t${rule.all}\n`;
      if (rule.filter?.length) text += `\tFilters:\t${rule.filter.join(' ')}\n`;
      if (rule.keepDurationNs) text += `\tKeep Duration:\t${goDuration(rule.keepDurationNs)}\n`;
      if (rule.keepBytes) text += `\tKeep Bytes:\t${formatBytes(rule.keepBytes).replace(/\.00(?=[a-zA-Z])/, '').replace(/(\.\d)0(?=[a-zA-Z])/, '$1')}\n`;
    });
    text += '\n';
  }
  return text;
}

/** The containerd worker exists while buildkitd can reach containerd (validContainerdSocket). */
function containerdUuid(node: Node): string | undefined {
  try {
    dial(node, CONTAINERD_SOCKET);
  } catch {
    return undefined;
  }
  return connect(node).introspection.serverUuid();
}

const workersCommand: BuildctlCommand = {
  name: 'workers',
  usage: 'list workers',
  flags: [
    { names: ['filter', 'f'], kind: 'stringSlice', usage: 'containerd-style filter string slice' },
    { names: ['verbose', 'v'], kind: 'bool', usage: 'Verbose output' },
    { names: ['format'], kind: 'string', usage: "Format the output using the given Go template, e.g, '{{json .}}'" },
  ],
  action: (c) => {
    requireDaemon(c, 'failed to list workers');
    const node = c.env.node;
    const workers = listWorkers(node, containerdUuid(node));
    const format = c.string('format');
    if (format !== '') {
      if (format !== '{{json .}}' && format !== 'json') throw new BuildctlError(`a --format template other than '{{json .}}' is not simulated here`);
      c.io.stdout(`${workersJson(workers)}\n`);
      return;
    }
    const text = c.bool('verbose') ? verbose(workers) : `ID\tPLATFORMS\n${workers.map((w) => `${w.id}\t${w.platforms.map(formatPlatform).join(',')}\n`).join('')}`;
    c.io.stdout(tabwrite(text, { minwidth: 1, tabwidth: 8, padding: 1, padchar: '\t' }));
  },
};

const dumpLlbCommand: BuildctlCommand = {
  name: 'dump-llb',
  usage: 'dump LLB in human-readable format. LLB can be also passed via stdin. This command does not require the daemon to be running.',
  argsUsage: '<llbfile>',
  flags: [{ names: ['dot'], kind: 'bool', usage: 'Output dot format' }],
  action: () => {
    throw new NotSimulatedError('buildctl debug dump-llb', DOCS);
  },
};

const dumpMetadataCommand: BuildctlCommand = {
  name: 'dump-metadata',
  usage: 'dump the meta in human-readable format.  This command requires the daemon NOT to be running.',
  flags: [{ names: ['root'], kind: 'string', usage: 'path to state directory', value: '/var/lib/buildkit' }],
  action: () => {
    throw new NotSimulatedError('buildctl debug dump-metadata', DOCS);
  },
};

export const debugCommand: BuildctlCommand = {
  name: 'debug',
  usage: 'debug utilities',
  subcommands: [dumpLlbCommand, dumpMetadataCommand, workersCommand],
};
