// `runc` on the node: its version; container operations go through containerd's shim.

import { RUNC_PACKAGE } from '../../host/installed-versions';
import { nodeCommand } from './command-host';

export const runcCommand = nodeCommand('runc', (args, io) => {
  const p = RUNC_PACKAGE;
  if (args[0] === '--version' || args[0] === '-v' || args[0] === 'version') {
    io.stdout(`runc version ${p.version}\ncommit: ${p.commit}\nspec: ${p.spec}\ngo: ${p.goVersion}\nlibseccomp: ${p.libseccomp}\n`);
    return 0;
  }
  io.stderr('runc: calling runc directly is not simulated here; use ctr tasks (see the runc man page, runc(8)).\n');
  return 1;
});
