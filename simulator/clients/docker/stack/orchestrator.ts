// `docker stack --orchestrator` (docker/cli 20.10 cli/command/stack/cmd.go,
// command/orchestrator.go):
// swarm (the default, also from DOCKER_STACK_ORCHESTRATOR) is what node1's commands answer for;
// Kubernetes stacks need a cluster and its kubeconfig, not simulated here.

import { CliError } from '../../../cli/cli-error';
import { NotSimulatedError } from '../../../cli/not-simulated';
import type { DockerContext } from '../docker-env';

const DOCS = 'https://docs.docker.com/engine/reference/commandline/stack/';

/** Checks the orchestrator the line asks for; only swarm goes on. */
export function stackOrchestrator(c: DockerContext): void {
  const value = c.string('orchestrator') || (c.io.environ.DOCKER_STACK_ORCHESTRATOR ?? '');
  if (value === '' || value === 'swarm') return;
  if (value === 'kubernetes' || value === 'all') throw new NotSimulatedError(`docker stack --orchestrator ${value}`, DOCS);
  throw new CliError(`specified orchestrator "${value}" is invalid, please use either kubernetes, swarm or all`, 1);
}
