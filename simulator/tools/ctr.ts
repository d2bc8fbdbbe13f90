// ctr, from Debian's containerd package: a client of the containerd daemon's socket.

import { defineTool } from './tool';

export const ctrTool = defineTool({
  name: 'ctr',
  path: '/usr/bin/ctr',
  dialect: 'urfave-v1',
  load: () => import('../clients/ctr/ctr').then((m) => ({ spec: m.ctrApp, run: m.runCtr })),
  unit: 'containerd',
});
