// `docker stack deploy` with the swarm orchestrator (docker/cli 20.10 cli/command/stack/deploy.go,
// loader/loader.go, swarm/deploy.go): no --compose-file is an error of its own, each file is read
// (Go's open error when it is missing), then the CLI asks `docker info` whether this node can
// manage the swarm and stops with its own, lower-case message on node1, which is in no swarm.

import { CliError } from '../../../cli/cli-error';
import { exists, normalizePath } from '../../../host/vfs';
import { daemonOf, type DockerContext } from '../docker-env';
import { stackOrchestrator } from './orchestrator';

export function stackDeploy(c: DockerContext): void {
  const files = c.stringSlice('compose-file');
  if (files.length === 0) throw new CliError('Please specify a Compose file (with --compose-file)', 1);
  const vfs = c.env.node.state.host.files;
  for (const file of files) {
    if (file !== '-' && !exists(vfs, normalizePath(file, c.io.cwd))) throw new CliError(`open ${file}: no such file or directory`, 1);
  }
  stackOrchestrator(c);
  daemonOf(c).info();
  throw new CliError('this node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again', 1);
}
