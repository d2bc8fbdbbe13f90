// `docker tag` (docker/cli 20.10 cli/command/image/tag.go): TARGET_IMAGE now names
// SOURCE_IMAGE's image. The API client checks both names before it asks the daemon
// (client/image_tag.go ImageTag): the source must parse as any reference, the target as a
// name — else `Error parsing reference: "Bad:Tag" is not a valid repository/tag: <why>` — and a
// target with a digest is refused; all exit 1 with no daemon prefix (checked on 20.10.24).

import { CliError } from '../../../cli/cli-error';
import { goQuote } from '../../../go/quote';
import { parseAnyReference, parseDockerRef } from '../../../oci/docker-reference';
import { daemonOf, type DockerCommand } from '../docker-env';

function parsed<T>(typed: string, parse: (s: string) => T): T {
  try {
    return parse(typed);
  } catch (err) {
    throw new CliError(`Error parsing reference: ${goQuote(typed)} is not a valid repository/tag: ${err instanceof Error ? err.message : String(err)}`, 1);
  }
}

export const imageTagCommand: DockerCommand = {
  name: 'tag',
  argsUsage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  usage: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  args: { min: 2, max: 2 },
  action: (c) => {
    const [source = '', target = ''] = c.args;
    parsed(source, parseAnyReference);
    if (parsed(target, parseDockerRef).digest !== '') throw new CliError('refusing to create a tag with a digest reference', 1);
    daemonOf(c).images.tag(source, target);
  },
};

export const tagCommand: DockerCommand = { ...imageTagCommand };
