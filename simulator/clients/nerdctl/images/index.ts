// The images group's commands: every top-level command and management command it implements,
// gathered here for commands.ts.

import type { NerdctlCommand } from '../nerdctl-env';
import { imageCommand } from './image';
import { imageLsCommand, imagesCommand } from './images';
import { pullCommand } from './pull';

export { ensureImage, ociPlatforms, type EnsuredImage, type PullMode } from './ensure-image';

export const imagesCommands: NerdctlCommand[] = [imagesCommand, pullCommand, imageCommand([imageLsCommand, pullCommand])];
