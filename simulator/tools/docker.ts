// docker, from Debian's docker.io 20.10.24 (/usr/bin/docker): a client of dockerd's socket,
// whose daemon is the `docker` unit.

import { dockerApp, DOCKER_PATH, runDocker } from '../clients/docker/docker';
import { defineTool } from './tool';

export const dockerTool = defineTool({
  name: 'docker',
  path: DOCKER_PATH,
  spec: dockerApp(),
  dialect: 'cobra',
  run: runDocker,
  fileBacked: true,
  unit: 'docker',
});
