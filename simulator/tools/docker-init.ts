// docker-init, docker.io's link to tini 0.19 (/usr/bin/docker-init), typed at the shell: its
// version, usage and licence. It runs only while docker.io's file is there (a bare node has
// none); as a container's init (docker run --init) it is the container's program instead.

import { defineTool } from './tool';

export const dockerInitTool = defineTool({
  name: 'docker-init',
  path: '/usr/bin/docker-init',
  // tini parses with getopt; urfave v1's completion offers nothing it lacks (no subcommands, no flags).
  dialect: 'urfave-v1',
  load: () => import('../clients/docker/engine-binaries/docker-init').then((m) => ({ spec: m.dockerInitSpec(), run: (_node, argv, io) => m.runDockerInit(argv, io) })),
  fileBacked: true,
});
