// crictl, from the cri-tools package: a CRI client of containerd's socket (its CRI plugin).

import { CRICTL_PATH } from '../clients/crictl/crictl-path';
import { defineTool } from './tool';

export const crictlTool = defineTool({
  name: 'crictl',
  path: CRICTL_PATH,
  dialect: 'urfave-v2',
  load: () => import('../clients/crictl/crictl').then((m) => ({ spec: m.crictlApp, run: m.runCrictl })),
  fileBacked: true,
  unit: 'containerd',
});
