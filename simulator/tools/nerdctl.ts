// nerdctl, from the release tarball the notes install (nerdctl-full-0.22.2): a client of
// containerd's socket, with buildkit for builds and CNI for networks.

import { NERDCTL_PATH } from '../clients/nerdctl/nerdctl-path';
import { defineTool } from './tool';

export const nerdctlTool = defineTool({
  name: 'nerdctl',
  path: NERDCTL_PATH,
  dialect: 'cobra',
  load: () => import('../clients/nerdctl/nerdctl').then((m) => ({ spec: m.nerdctlApp(), run: m.runNerdctl })),
  unit: 'containerd',
});
