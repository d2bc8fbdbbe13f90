// nerdctl, from the release tarball the notes install (nerdctl-full-0.22.2): a client of
// containerd's socket, with buildkit for builds and CNI for networks.

import { nerdctlApp, NERDCTL_PATH, runNerdctl } from '../clients/nerdctl/nerdctl';
import { defineTool } from './tool';

export const nerdctlTool = defineTool({
  name: 'nerdctl',
  path: NERDCTL_PATH,
  spec: nerdctlApp(),
  dialect: 'cobra',
  run: runNerdctl,
  unit: 'containerd',
});
