// dockerd, from Debian's docker.io 20.10.24 (/usr/sbin/dockerd), typed at the shell: its
// version, help and refusals. It runs only while docker.io's file is there (a bare node has
// none), and its code, the 11 KB help text with it, is a chunk loaded on first use.

import { defineTool } from './tool';

export const dockerdTool = defineTool({
  name: 'dockerd',
  path: '/usr/sbin/dockerd',
  dialect: 'cobra',
  load: () => import('../clients/docker/engine-binaries/dockerd').then((m) => ({ spec: m.dockerdSpec(), run: (_node, argv, io) => m.runDockerd(argv, io) })),
  fileBacked: true,
});
