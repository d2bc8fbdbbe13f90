// `ctr` on the node's PATH: the ctr client against the simulated containerd.

import { runCtr } from '../../clients/ctr/ctr';
import { nodeCommand } from './command-host';

export const ctrCommand = nodeCommand('ctr', (args, io, node) => runCtr(node, args, io));
