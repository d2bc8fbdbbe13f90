// docker, from Debian's docker.io 20.10.24 (/usr/bin/docker): a client of dockerd's socket,
// whose daemon is the `docker` unit.

import { DOCKER_PATH } from '../clients/docker/docker-path';
import { defineTool } from './tool';

export const dockerTool = defineTool({
  name: 'docker',
  path: DOCKER_PATH,
  dialect: 'cobra',
  load: () => import('../clients/docker/docker').then((m) => ({ spec: m.dockerApp(), run: m.runDocker })),
  fileBacked: true,
  unit: 'docker',
});
