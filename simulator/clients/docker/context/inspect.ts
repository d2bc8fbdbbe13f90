// `docker context inspect` (docker/cli 20.10 cli/command/context/inspect.go): inspect.Inspect over
// contexts (the current one when none is named): the metadata, its endpoints, TLS material and
// where the store keeps it.

import type { DockerCommand } from '../docker-env';
import { currentContextName, loadContext, storagePaths } from './context-store';
import { printInspect } from '../format/inspect';
import { readConfig } from '../docker-config';

export const contextInspectCommand: DockerCommand = {
  name: 'inspect',
  argsUsage: '[OPTIONS] [CONTEXT] [CONTEXT...]',
  usage: 'Display detailed information on one or more contexts',
  flags: [
    { names: ['format', 'f'], kind: 'string', usage: 'Format the output using the given Go template' },
  ],
  action: (c) => {
    const names = c.args.length > 0 ? c.args : [currentContextName(c, readConfig(c))];
    return printInspect(c, names, (name) => {
      const meta = loadContext(c, name);
      if (!meta) throw new Error(`context "${name}" does not exist`);
      return { Name: meta.Name, Metadata: meta.Metadata, Endpoints: meta.Endpoints, TLSMaterial: {}, Storage: storagePaths(c, name) };
    }, (err) => (err instanceof Error ? err.message : String(err)));
  },
};
