// buildctl, from the buildkit release (or nerdctl-full) the notes install in /usr/local: the
// client of buildkitd's socket.

import { BUILDCTL_PATH } from '../clients/buildctl/buildctl-path';
import { defineTool } from './tool';

export const buildctlTool = defineTool({
  name: 'buildctl',
  path: BUILDCTL_PATH,
  dialect: 'urfave-v1',
  load: () => import('../clients/buildctl/buildctl').then((m) => ({ spec: m.buildctlApp, run: m.runBuildctl })),
  unit: 'buildkit',
});
