// `ctr c create --config FILE ID` and `ctr run --config FILE ID` (run.NewContainer,
// cmd/ctr/commands/run/run_unix.go @v1.6.20): with a spec file none of the image and process
// flags apply (--env, --cwd, a command are ignored); the container gets the --label labels, the
// runtime of --runtime, and the file's spec with the labels merged into its annotations
// (oci.WithAnnotations after WithSpecFromFile). No image, no snapshot: a relative root.path is
// the bundle's own empty rootfs, so whatever the process names is not found when it starts.

import type { Container } from '../../../containerd/client/index';
import type { CtrContext } from '../ctr-env';
import { clientOf } from '../ctr-env';
import { labelArgs } from '../namespaces/label-args';
import { loadSpecConfigFile } from './spec-config-file';
import { specWithAnnotations } from '../../../oci/spec-file';

export function newContainerFromConfig(c: CtrContext, id: string): Container {
  const file = loadSpecConfigFile(c.env.node.state.host.files, c.io.cwd, c.string('config'));
  const labels = labelArgs(c.stringSlice('label'));
  const spec = specWithAnnotations(file, labels);
  // client.NewContainer (client.go @v1.6.20) holds a lease while it stores the container.
  const client = clientOf(c);
  return client.leases.withLease(() => client.containers.newContainerFromSpecFile({ id, labels, runtime: c.string('runtime'), spec }));
}
