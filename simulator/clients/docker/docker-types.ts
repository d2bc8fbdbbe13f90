// The types every docker command is written against, apart from docker-env.ts (which resolves
// the daemon a line dials through the config and context stores, which take these types too).

import type { ActionContext, CommandSpec } from '../../cli/spec';
import type { Node } from '../../node';

export interface DockerEnv {
  node: Node;
  /** DOCKER_HOST of the line's environment, if set. */
  dockerHost?: string;
}

export type DockerCommand = CommandSpec<DockerEnv>;
export type DockerContext = ActionContext<DockerEnv>;
