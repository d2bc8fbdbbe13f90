// The loop most container commands share (e.g. stop.go:75-88@v0.22.2): walk each argument,
// refuse an ambiguous prefix, act on the match; an argument that matches nothing ends the
// command with `no such container <req>`.

import type { NamespacedClient } from '../../../containerd/client/index';
import { refuseAmbiguous, walkContainers, type Found } from './container-walker';

export async function forEachContainer(client: NamespacedClient, args: readonly string[], act: (found: Found) => Promise<void> | void): Promise<void> {
  for (const req of args) {
    const n = await walkContainers(client, req, async (found) => {
      refuseAmbiguous(found);
      await act(found);
    });
    if (n === 0) throw new Error(`no such container ${req}`);
  }
}
