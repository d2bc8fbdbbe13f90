// `nerdctl namespace inspect` (namespace_inspect.go@v0.22.2): native.Namespace per argument —
// Name and a pointer to its label map, so `"Labels": {}` even without labels — through
// formatSlice. A missing namespace has no labels and is shown like any other.

import { goMap, goStruct } from '../../../go/template/index';
import { containerdOf, type NerdctlCommand } from '../nerdctl-env';
import { formatSlice } from '../format/format-slice';

const sortedMap = (m: Readonly<Record<string, string>>): Record<string, string> =>
  goMap(Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k] ?? ''])), 'map[string]string');

export const namespaceInspectCommand: NerdctlCommand = {
  name: 'inspect',
  argsUsage: 'NAMESPACE',
  usage: 'Display detailed information on one or more namespaces.',
  args: { min: 1 },
  flags: [{ names: ['format', 'f'], kind: 'string', usage: "Format the output using the given Go template, e.g, '{{json .}}'" }],
  action: (c) => {
    const client = containerdOf(c);
    formatSlice(c, c.args.map((name) => goStruct({ Name: name, Labels: sortedMap(client.namespaces.labels(name)) }, 'native.Namespace')));
  },
};
