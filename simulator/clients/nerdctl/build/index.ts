// The build group's commands: `nerdctl build` and the `builder` management command
// (main.go@v0.22.2 registers newBuildCommand and newBuilderCommand), gathered for commands.ts.

import type { NerdctlCommand } from '../nerdctl-env';
import { buildCommand } from './build';
import { builderCommand } from './builder';

export const buildCommands: NerdctlCommand[] = [buildCommand, builderCommand];
