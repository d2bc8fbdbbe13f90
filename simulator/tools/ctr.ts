// ctr, from Debian's containerd package: a client of the containerd daemon's socket.

import { ctrApp, runCtr } from '../clients/ctr/ctr';
import { defineTool } from './tool';

export const ctrTool = defineTool({
  name: 'ctr',
  path: '/usr/bin/ctr',
  spec: ctrApp,
  dialect: 'urfave-v1',
  run: runCtr,
  unit: 'containerd',
});
