// crictl's images commands, one file each beside this list.

import type { CrictlCommand } from '../crictl-env';
import { imagefsinfoCommand } from './imagefsinfo';
import { imagesCommand } from './images';
import { inspectiCommand } from './inspecti';
import { pullCommand } from './pull';
import { rmiCommand } from './rmi';

export const imageCommands: readonly CrictlCommand[] = [imagesCommand, imagefsinfoCommand, inspectiCommand, pullCommand, rmiCommand];
