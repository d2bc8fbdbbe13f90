// `ctr content ingest [flags] <key>`: stdin into the content store under the ingest ref
// <key> (cmd/ctr/commands/content/content.go): the expected digest is validated before
// anything else, the size and digest checked at commit.

import { plain } from '../../../errdefs/errdefs';
import { digestError } from '../../../oci/digest';
import { clientOf, type CtrCommand } from '../ctr-env';

export const ingestCommand: CtrCommand = {
  name: 'ingest',
  usage: 'accept content into the store',
  argsUsage: '[flags] <key>',
  description: 'ingest objects into the local content store',
  flags: [
    { names: ['expected-size'], kind: 'int64', usage: 'validate against provided size', value: 0 },
    { names: ['expected-digest'], kind: 'string', usage: 'verify content against expected digest' },
  ],
  action: (c) => {
    const ref = c.args[0] ?? '';
    const digest = c.string('expected-digest');
    const invalid = digest === '' ? undefined : digestError(digest);
    if (invalid) throw plain(invalid);
    if (ref === '') throw plain('must specify a transaction reference');
    clientOf(c).content.writeBlob(ref, c.io.stdin, { size: c.int('expected-size'), digest });
  },
};
