// `whoami`: the login shell is root's (uid 0), whatever the shell library's own whoami assumes
// (it answers "user"). coreutils 9.1's words for its errors.

import { tryHelp } from './coreutils-text';
import { nodeCommand } from './command-host';

const TRY_HELP = tryHelp('whoami');

export const whoamiCommand = nodeCommand('whoami', (args, io) => {
  const operands = args.filter((a) => a !== '--');
  const option = operands.find((a) => a.startsWith('-') && a !== '-');
  if (option !== undefined) {
    io.stderr(option.startsWith('--') ? `whoami: unrecognized option '${option}'\n${TRY_HELP}` : `whoami: invalid option -- '${option[1]}'\n${TRY_HELP}`);
    return 1;
  }
  if (operands.length > 0) {
    io.stderr(`whoami: extra operand ‘${operands[0]}’\n${TRY_HELP}`);
    return 1;
  }
  io.stdout('root\n');
  return 0;
});
