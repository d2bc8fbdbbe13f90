// The images group's commands: every top-level command and management command it implements,
// gathered here for commands.ts. `image` lists its children as image.go:29-44@v0.22.2 adds
// them (build is the build group's command).

import { buildCommand } from '../build/build';
import type { NerdctlCommand } from '../nerdctl-env';
import { historyCommand } from './history';
import { imageCommand } from './image';
import { imageLsCommand, imagesCommand } from './images';
import { imageInspectCommand } from './inspect';
import { loadCommand } from './load';
import { loginCommand } from './login';
import { logoutCommand } from './logout';
import { imageConvertCommand, imageDecryptCommand, imageEncryptCommand } from './not-simulated';
import { imagePruneCommand } from './prune';
import { pullCommand } from './pull';
import { pushCommand } from './push';
import { imageRmCommand, rmiCommand } from './rmi';
import { saveCommand } from './save';
import { tagCommand } from './tag';

export const imagesCommands: NerdctlCommand[] = [
  imagesCommand,
  pullCommand,
  pushCommand,
  loadCommand,
  saveCommand,
  tagCommand,
  rmiCommand,
  historyCommand,
  loginCommand,
  logoutCommand,
  imageCommand([
    buildCommand,
    imageLsCommand,
    historyCommand,
    pullCommand,
    pushCommand,
    loadCommand,
    saveCommand,
    tagCommand,
    imageRmCommand,
    imageConvertCommand,
    imageInspectCommand,
    imageEncryptCommand,
    imageDecryptCommand,
    imagePruneCommand,
  ]),
];
