// The system group's commands: the top-level events, info and version (main.go@v0.22.2 adds
// events and info both at the root and under `system`) and the `system` management command.

import type { NerdctlCommand } from '../nerdctl-env';
import { eventsCommand } from './events';
import { infoCommand } from './info';
import { systemCommand } from './system';
import { versionCommand } from './version';

export const systemCommands: NerdctlCommand[] = [eventsCommand, infoCommand, versionCommand, systemCommand];
