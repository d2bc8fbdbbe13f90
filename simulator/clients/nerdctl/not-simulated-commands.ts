// Commands of nerdctl 0.22.2 that ctrlab does not model: they are listed in help as in the
// real tool and refuse honestly when run (NotSimulatedError: `FATA[0000] nerdctl compose is
// not simulated here; see …`, exit 1).

import { MANAGEMENT } from '../../cli/cobra/nerdctl-style';
import { NotSimulatedError } from '../../cli/not-simulated';
import type { NerdctlCommand } from './nerdctl-env';

const DOCS = 'https://github.com/containerd/nerdctl/blob/v0.22.2/docs';

function refuse(what: string, docs: string): () => never {
  return () => {
    throw new NotSimulatedError(what, docs);
  };
}

export const notSimulatedCommands: NerdctlCommand[] = [
  {
    name: 'compose',
    usage: 'Compose',
    skipFlagParsing: true,
    category: MANAGEMENT,
    action: refuse('nerdctl compose', `${DOCS}/compose.md`),
  },
  {
    name: 'ipfs',
    usage: 'Distributing images on IPFS',
    category: MANAGEMENT,
    skipFlagParsing: true,
    action: refuse('nerdctl ipfs', `${DOCS}/ipfs.md`),
  },
  {
    name: 'apparmor',
    usage: 'Manage AppArmor profiles',
    category: MANAGEMENT,
    skipFlagParsing: true,
    action: refuse('nerdctl apparmor', `${DOCS}/../README.md`),
  },
  { name: 'internal', usage: 'DO NOT EXECUTE MANUALLY', hidden: true, skipFlagParsing: true, action: refuse('nerdctl internal', `${DOCS}/../README.md`) },
];
