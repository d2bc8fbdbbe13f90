// crictl 1.26.0's pod commands (cmd/crictl/sandbox.go, pod_stats.go), one file each.

import type { CrictlCommand } from '../crictl-env';
import { inspectpCommand } from './inspectp';
import { podsCommand } from './pods';
import { rmpCommand } from './rmp';
import { runpCommand } from './runp';
import { statspCommand } from './statsp';
import { stoppCommand } from './stopp';

export const podCommands: readonly CrictlCommand[] = [inspectpCommand, runpCommand, rmpCommand, podsCommand, stoppCommand, statspCommand];
