// `nerdctl container inspect [flags] CONTAINER [CONTAINER, ...]` (cmd/nerdctl/container_inspect.go
// @v0.22.2): each request walked (every match inspected), dockercompat by default, through
// formatSlice (`--format`/-f Go templates). Requests that match nothing are gathered and
// reported together after the rest: `<n> errors: [no such object: <req> …]`.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { formatSlice } from '../format/format-slice';
import { clientOf, type NerdctlCommand, type NerdctlContext } from '../nerdctl-env';
import { findContainers } from './container-walker';
import { inspectContainer } from './dockercompat';

export const INSPECT_MODE_FLAG = {
  names: ['mode'],
  kind: 'string',
  usage: 'Inspect mode, "dockercompat" for Docker-compatible output, "native" for containerd-native output',
  value: 'dockercompat',
} as const;

/** containerInspectAction for `reqs`. */
export function inspectContainers(c: NerdctlContext, reqs: readonly string[]): void {
  const client = clientOf(c);
  const mode = c.string('mode') || 'dockercompat';
  const entries: unknown[] = [];
  const errs: string[] = [];
  for (const req of reqs) {
    const found = findContainers(client, req);
    if (found.length === 0) errs.push(`no such object: ${req}`);
    for (const f of found) {
      if (mode === 'native') throw new NotSimulatedError('nerdctl container inspect --mode=native', 'https://github.com/containerd/nerdctl/blob/v0.22.2/docs/command-reference.md');
      if (mode !== 'dockercompat') throw new Error(`unknown mode ${JSON.stringify(mode)}`);
      entries.push(inspectContainer(c, f.container));
    }
  }
  if (errs.length > 0) throw new Error(`${errs.length} errors: [${errs.join(' ')}]`);
  formatSlice(c, entries);
}

export const containerInspectCommand: NerdctlCommand = {
  name: 'inspect',
  usage: 'Display detailed information on one or more containers.',
  description: 'Hint: set `--mode=native` for showing the full output',
  argsUsage: '[flags] CONTAINER [CONTAINER, ...]',
  args: { min: 1 },
  flags: [INSPECT_MODE_FLAG, { names: ['format', 'f'], kind: 'string', usage: "Format the output using the given Go template, e.g, '{{json .}}'", value: '' }],
  action: (c) => inspectContainers(c, c.args),
};
