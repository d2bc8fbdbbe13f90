// `ctr content push-object <remote> <object> <type>` (containerd v1.6.20 cmd/ctr/commands/content/
// content.go, pushObjectCommand): parses the digest (before it dials), gets the resolver's
// pusher for the reference (reference.Parse), reads the blob's info from the content store,
// then pushes it as a descriptor of the given media type. Every step up to the registry's
// first request is simulated; an upload that would then succeed is not.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { plain } from '../../../errdefs/errdefs';
import { digestError } from '../../../oci/digest';
import { parseReference } from '../../../oci/reference';
import { clientOf, type CtrCommand } from '../ctr-env';
import { pushRemoteOptions } from '../images/hosts-dir-flag';
import { registryFlags } from '../images/registry-flags';

export const pushObjectCommand: CtrCommand = {
  name: 'push-object',
  usage: 'push an object to a remote',
  argsUsage: '[flags] <remote> <object> <type>',
  description: 'Push objects by identifier to a remote.',
  flags: registryFlags,
  action: (c) => {
    const [ref = '', object = ''] = c.args;
    const bad = digestError(object);
    if (bad) throw plain(bad);
    // resolver.Pusher(ctx, ref): the reference must parse (a host, no scheme).
    parseReference(ref);
    const { content, transfer } = clientOf(c);
    content.info(object);
    transfer.checkPush(ref, object, pushRemoteOptions(c, ref));
    throw new NotSimulatedError('ctr content push-object uploading a raw blob', "containerd's ctr documentation (ctr content --help)");
  },
};
