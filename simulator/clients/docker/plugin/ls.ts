// `docker plugin ls` (docker/cli 20.10 cli/command/plugin/list.go, formatter.go): the daemon's
// plugins (none on node1: dockerd/plugins/plugin-api.ts), its filter keys checked there; the
// table's header alone, nothing with -q or a plain --format.

import type { DockerCommand } from '../docker-env';
import { daemonOf } from '../docker-env';
import { filterArgs } from '../format/filters';
import { formatDockerRows } from '../../../go/template/index';

const HEADER = { ID: 'ID', Name: 'NAME', Description: 'DESCRIPTION', Enabled: 'ENABLED', PluginReference: 'PLUGIN REFERENCE' };

export const pluginLsCommand: DockerCommand = {
  name: 'ls',
  aliases: ['list'],
  argsUsage: '[OPTIONS]',
  usage: 'List plugins',
  args: { max: 0 },
  flags: [
    { names: ['filter', 'f'], kind: 'stringArray', typeName: 'filter', usage: 'Provide filter values (e.g. \'enabled=true\')' },
    { names: ['format'], kind: 'string', usage: 'Pretty-print plugins using a Go template' },
    { names: ['no-trunc'], kind: 'bool', usage: 'Don\'t truncate output' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display plugin IDs' },
  ],
  action: (c) => {
    const plugins = daemonOf(c).plugins.list(filterArgs(c.stringSlice('filter')));
    const format = c.bool('quiet') ? '{{.ID}}' : c.string('format') || 'table {{.ID}}\t{{.Name}}\t{{.Description}}\t{{.Enabled}}';
    c.io.stdout(formatDockerRows({ format, rows: plugins, header: HEADER }));
  },
};
