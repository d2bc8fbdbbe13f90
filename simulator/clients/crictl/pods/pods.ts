// `crictl pods` (cmd/crictl/sandbox.go:224-313, ListPodSandboxes 453-572, getSandboxesList
// 593-619 @v1.26.0): id, state and label filters go to the runtime (a bad --state is
// log.Fatalf after dialing: the standard logger's line, exit 1); the name and namespace
// regexes, the newest-first order and -l/-n apply here; then JSON/YAML, ids (-q), verbose
// blocks (-v) or the table POD ID CREATED STATE NAME NAMESPACE ATTEMPT RUNTIME.

import { tabwriteRows } from '../../../cli/tabwriter';
import { plain } from '../../../errdefs/errdefs';
import type { PodSandbox, PodSandboxFilter } from '../../../cri/index';
import { printProtobuf } from '../output/index';
import { matchesRegex } from '../containers/ps';
import { ago, goLogFatal, parseLabels, printedQuietOrVerbose, TABLE, truncatedId } from '../containers/shared';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand } from '../crictl-env';
import { goTimeText, mapBlocks, podStateWord, runtimeHandlerWord } from './pod-shared';

/** getSandboxesList: name/namespace regexes, newest first, -l / -n. */
function selectPods(all: readonly PodSandbox[], name: string, namespace: string, latest: boolean, last: number): PodSandbox[] {
  const filtered = all.filter((p) => matchesRegex(name, p.metadata.name) && matchesRegex(namespace, p.metadata.namespace));
  filtered.sort((a, b) => (BigInt(a.createdAt) > BigInt(b.createdAt) ? -1 : BigInt(a.createdAt) < BigInt(b.createdAt) ? 1 : 0));
  let n = filtered.length;
  if (latest) n = 1;
  if (last > 0) n = last;
  return filtered.slice(0, Math.min(n, filtered.length));
}

function verboseBlock(p: PodSandbox): string {
  let out = `ID: ${p.id}\n`;
  const m = p.metadata;
  if (m.name !== '') out += `Name: ${m.name}\n`;
  if (m.uid !== '') out += `UID: ${m.uid}\n`;
  if (m.namespace !== '') out += `Namespace: ${m.namespace}\n`;
  if (m.attempt !== 0) out += `Attempt: ${m.attempt}\n`;
  out += `Status: ${podStateWord(p.state)}\n`;
  out += `Created: ${goTimeText(p.createdAt)}\n`;
  out += mapBlocks(p.labels, p.annotations);
  // strings.Title(strings.ToLower(columnPodRuntime)).
  out += `Runtime: ${runtimeHandlerWord(p.runtimeHandler)}\n\n`;
  return out;
}

export const podsCommand: CrictlCommand = {
  name: 'pods',
  usage: 'List pods',
  shortOptionHandling: true,
  flags: [
    { names: ['id'], kind: 'string', usage: 'filter by pod id', value: '' },
    { names: ['name'], kind: 'string', usage: 'filter by pod name regular expression pattern', value: '' },
    { names: ['namespace'], kind: 'string', usage: 'filter by pod namespace regular expression pattern', value: '' },
    { names: ['state', 's'], kind: 'string', usage: 'filter by pod state', value: '' },
    { names: ['label'], kind: 'stringSlice', usage: 'filter by key=value label' },
    { names: ['verbose', 'v'], kind: 'bool', usage: 'show verbose info for pods' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'list only pod IDs' },
    { names: ['output', 'o'], kind: 'string', usage: 'Output format, One of: json|yaml|table', value: 'table' },
    { names: ['latest', 'l'], kind: 'bool', usage: 'Show the most recently created pod' },
    { names: ['last', 'n'], kind: 'int', usage: 'Show last n recently created pods. Set 0 for unlimited', value: 0 },
    { names: ['no-trunc'], kind: 'bool', usage: 'Show output without truncating the ID' },
  ],
  action: async (c) => {
    const runtime = await runtimeServiceOf(c, 0);
    const labels = parseLabels(c.stringSlice('label'));
    const filter: PodSandboxFilter = {};
    if (c.string('id') !== '') filter.id = c.string('id');
    const state = c.string('state');
    if (state !== '') {
      const lower = state.toLowerCase();
      if (lower === 'ready') filter.state = { state: 'SANDBOX_READY' };
      else if (lower === 'notready') filter.state = { state: 'SANDBOX_NOTREADY' };
      else return goLogFatal(c, '--state should be ready or notready');
    }
    filter.labelSelector = labels;
    let items: PodSandbox[];
    try {
      ({ items } = await runtime.listPodSandbox({ filter }));
    } catch (err) {
      throw plain(`listing pod sandboxes: ${rpcErrorText(err)}`);
    }
    const pods = selectPods(items, c.string('name'), c.string('namespace'), c.bool('latest'), c.int('last'));
    const output = c.string('output');
    if (output === 'json' || output === 'yaml') {
      printProtobuf(c.io, 'ListPodSandboxResponse', { items: pods }, output);
      return;
    }
    if (output !== 'table') throw plain(`listing pod sandboxes: unsupported output format ${JSON.stringify(output)}`);
    const verbose = c.bool('verbose');
    const quiet = c.bool('quiet');
    const rows: string[][] = [];
    if (!verbose && !quiet) rows.push(['POD ID', 'CREATED', 'STATE', 'NAME', 'NAMESPACE', 'ATTEMPT', 'RUNTIME']);
    const nowMs = c.env.node.nowMs();
    for (const pod of pods) {
      if (printedQuietOrVerbose(c, pod.id, () => verboseBlock(pod))) continue;
      const id = c.bool('no-trunc') ? pod.id : truncatedId(pod.id);
      rows.push([id, ago(nowMs, pod.createdAt), podStateWord(pod.state), pod.metadata.name, pod.metadata.namespace, String(pod.metadata.attempt), runtimeHandlerWord(pod.runtimeHandler)]);
    }
    if (rows.length > 0) c.io.stdout(tabwriteRows(rows, TABLE));
  },
};
