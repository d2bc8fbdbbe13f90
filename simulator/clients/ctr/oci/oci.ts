// `ctr oci spec` (cmd/ctr/commands/oci/oci.go): the client library's default OCI spec for the
// -n namespace, printed as commands.PrintAsJSON does (4-space indent). No daemon is dialled.

import { generateDefaultSpec } from '../../../containerd/client/index';
import { wrapf } from '../../../errdefs/errdefs';
import type { CtrCommand } from '../ctr-env';
import { namespaceOf } from '../ctr-env';
import { goJsonIndent } from '../go-json';

export const ociCommand: CtrCommand = {
  name: 'oci',
  usage: 'OCI tools',
  subcommands: [
    {
      name: 'spec',
      usage: 'see the output of the default OCI spec',
      action: (c) => {
        let spec;
        try {
          spec = generateDefaultSpec(namespaceOf(c));
        } catch (err) {
          throw wrapf(err, 'failed to generate spec');
        }
        c.io.stdout(`${goJsonIndent(spec, '    ')}\n`);
      },
    },
  ],
};
