// Container commands of nerdctl 0.22.2 that ctrlab does not model yet: listed in help as
// released, refusing honestly when run.

import { NotSimulatedError } from '../../../cli/not-simulated';
import type { NerdctlCommand } from '../nerdctl-env';

const DOCS = 'https://github.com/containerd/nerdctl/blob/v0.22.2/docs/command-reference.md';

function refuse(what: string): () => never {
  return () => {
    throw new NotSimulatedError(what, DOCS);
  };
}

/** commit.go@v0.22.2: a new image from a container's changes. */
export const commitCommand: NerdctlCommand = {
  name: 'commit',
  usage: "Create a new image from a container's changes",
  argsUsage: '[flags] CONTAINER REPOSITORY[:TAG]',
  args: { min: 2, max: 2 },
  skipFlagParsing: true,
  action: refuse('nerdctl commit'),
};
