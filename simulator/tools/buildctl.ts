// buildctl, from the buildkit release (or nerdctl-full) the notes install in /usr/local: the
// client of buildkitd's socket.

import { buildctlApp, BUILDCTL_PATH, runBuildctl } from '../clients/buildctl/buildctl';
import { defineTool } from './tool';

export const buildctlTool = defineTool({
  name: 'buildctl',
  path: BUILDCTL_PATH,
  spec: buildctlApp,
  dialect: 'urfave-v1',
  run: runBuildctl,
  unit: 'buildkit',
});
