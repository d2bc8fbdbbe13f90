// `python3` on node1. A bookworm node installed with the standard system utilities has Python
// 3.11.2 (reportbug, a standard package, depends on it; cloud images have it for cloud-init), so
// the name exists and `python3 --version` answers as there. Running Python is not simulated:
// anything else says so and fails. (`python`, without the 3, is not on bookworm at all.)

import { nodeCommand } from './command-host';

const PYTHON_VERSION = 'Python 3.11.2';

export const python3Command = nodeCommand('python3', (args, io) => {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    io.stdout(`${PYTHON_VERSION}\n`);
    return 0;
  }
  io.stderr('python3: running Python is not simulated here (node1 answers only `python3 --version`; see https://docs.python.org/3.11/)\n');
  return 1;
});
