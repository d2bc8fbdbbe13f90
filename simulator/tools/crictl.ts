// crictl, from the cri-tools package: a CRI client of containerd's socket (its CRI plugin).

import { crictlApp, CRICTL_PATH, runCrictl } from '../clients/crictl/crictl';
import { defineTool } from './tool';

export const crictlTool = defineTool({
  name: 'crictl',
  path: CRICTL_PATH,
  spec: crictlApp,
  dialect: 'urfave-v2',
  run: runCrictl,
  fileBacked: true,
  unit: 'containerd',
});
