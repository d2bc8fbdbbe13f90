// `ctr content edit [--editor e] <digest>`: refuses --validate, parses the digest, reads the
// blob, and needs an editor (--editor, else $EDITOR) before it copies the blob to a temporary
// file and runs `sh -c "<editor> <file>"` on it (containerd v1.6.20
// cmd/ctr/commands/content/content.go:301-351, edit at 515). Every step up to the editor is
// simulated; running an editor on the node is not.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { plain } from '../../../errdefs/errdefs';
import { digestError } from '../../../oci/digest';
import { clientOf, type CtrCommand } from '../ctr-env';

export const editCommand: CtrCommand = {
  name: 'edit',
  usage: 'edit a blob and return a new digest',
  argsUsage: '[flags] <digest>',
  description: 'edit a blob and return a new digest',
  flags: [
    { names: ['validate'], kind: 'string', usage: 'validate the result against a format (json, mediatype, etc.)' },
    { names: ['editor'], kind: 'string', usage: 'select editor (vim, emacs, etc.)', envVar: 'EDITOR' },
  ],
  action: (c) => {
    if (c.string('validate') !== '') throw plain('validating the edit result not supported');
    const object = c.args[0] ?? '';
    const bad = digestError(object);
    if (bad) throw plain(bad);
    clientOf(c).content.read(object);
    if (c.string('editor') === '') throw plain('editor is required');
    throw new NotSimulatedError('ctr content edit (running an editor on a blob)', "containerd's ctr documentation (ctr content --help)");
  },
};
