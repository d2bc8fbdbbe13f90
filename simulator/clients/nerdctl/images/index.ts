// The images group's commands: every top-level command and management command it implements,
// gathered here for commands.ts.

import type { NerdctlCommand } from '../nerdctl-env';
import { imageCommand } from './image';
import { imageLsCommand, imagesCommand } from './images';
import { loginCommand } from './login';
import { logoutCommand } from './logout';
import { pullCommand } from './pull';
import { pushCommand } from './push';
import { imageRmCommand, rmiCommand } from './rmi';
import { tagCommand } from './tag';

export { ensureImage, ociPlatforms, type EnsuredImage, type PullMode } from './ensure-image';

export const imagesCommands: NerdctlCommand[] = [
  imagesCommand,
  pullCommand,
  pushCommand,
  rmiCommand,
  tagCommand,
  loginCommand,
  logoutCommand,
  imageCommand([imageLsCommand, pullCommand, pushCommand, imageRmCommand, tagCommand]),
];
