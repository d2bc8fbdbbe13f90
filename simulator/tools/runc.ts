// runc, from Debian's runc package: the OCI runtime the shims call, typed at the shell to see
// the containers they made (--root /run/containerd/runc/<namespace>). It reads runc's own
// state, so it needs no daemon.

import { defineTool } from './tool';

export const runcTool = defineTool({
  name: 'runc',
  path: '/usr/bin/runc',
  dialect: 'urfave-v1',
  load: () => import('../clients/runc/runc-app').then((m) => ({ spec: m.runcApp, run: m.runRunc })),
});
