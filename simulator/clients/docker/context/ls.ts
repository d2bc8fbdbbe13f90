// `docker context ls` (docker/cli 20.10 cli/command/context/ls.go): every context (the in-memory
// default one first by name), the current one marked `*`; DOCKER_HOST's warning on stderr while it
// overrides the context; -q names, --format a Go template per context.

import type { DockerCommand } from '../docker-env';
import { formatDockerRows, goStruct } from '../../../go/template/index';
import { readConfig } from '../docker-config';
import { type ContextMeta, currentContextName, dockerHostWarning, listContexts } from './context-store';

const TABLE = 'table {{.Name}}{{if .Current}} *{{end}}\t{{.Description}}\t{{.DockerEndpoint}}\t{{.KubernetesEndpoint}}\t{{.StackOrchestrator}}';
const HEADER = { Name: 'NAME', Description: 'DESCRIPTION', DockerEndpoint: 'DOCKER ENDPOINT', KubernetesEndpoint: 'KUBERNETES ENDPOINT', StackOrchestrator: 'ORCHESTRATOR', Current: '' };

/** formatter.ClientContext: its fields in json's (sorted) order. */
function row(m: ContextMeta, current: boolean) {
  return goStruct(
    {
      Current: current,
      Description: m.Name === 'default' ? 'Current DOCKER_HOST based configuration' : (m.Metadata.Description ?? ''),
      DockerEndpoint: m.Endpoints.docker?.Host ?? '',
      KubernetesEndpoint: '',
      Name: m.Name,
      StackOrchestrator: m.Metadata.StackOrchestrator ?? '',
    },
    'formatter.ClientContext',
  );
}

export const contextLsCommand: DockerCommand = {
  name: 'ls',
  aliases: ['list'],
  argsUsage: '[OPTIONS]',
  usage: 'List contexts',
  args: { max: 0 },
  flags: [
    { names: ['format'], kind: 'string', usage: 'Pretty-print contexts using a Go template' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only show context names' },
  ],
  action: (c) => {
    const current = currentContextName(c, readConfig(c));
    const rows = listContexts(c).map((m) => row(m, m.Name === current));
    const format = c.bool('quiet') ? '{{.Name}}' : c.string('format') || TABLE;
    c.io.stdout(formatDockerRows({ format, rows, header: HEADER }));
    c.io.stderr(dockerHostWarning(c));
  },
};
