// `ctr oci`: OCI tools. Its one verb prints the default runtime spec, which this simulator
// does not generate outside container creation; it says so rather than printing a guess.

import type { CtrCommand } from '../ctr-env';
import { NotSimulatedError } from '../../../cli/not-simulated';

export const ociCommand: CtrCommand = {
  name: 'oci',
  usage: 'OCI tools',
  subcommands: [
    {
      name: 'spec',
      usage: 'see the output of the default OCI spec',
      action: () => {
        throw new NotSimulatedError('"ctr oci spec"', 'the OCI runtime spec (opencontainers/runtime-spec config.md)');
      },
    },
  ],
};
