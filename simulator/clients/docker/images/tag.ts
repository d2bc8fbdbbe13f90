// `docker tag` (cli/command/image/tag.go): TARGET_IMAGE now names SOURCE_IMAGE's image.

import { daemonOf, type DockerCommand } from '../docker-env';

export const imageTagCommand: DockerCommand = {
  name: 'tag',
  argsUsage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  usage: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  args: { min: 2, max: 2 },
  action: (c) => {
    daemonOf(c).images.tag(c.args[0] ?? '', c.args[1] ?? '');
  },
};

export const tagCommand: DockerCommand = { ...imageTagCommand };
