// The root of a container whose owner mounted an overlay for it on the node (dockerd's overlay2:
// spec.root.path is .../merged), read through at each lookup instead of merged up front: the
// node's overlay view (host/overlay-view.ts, where the whiteout rules live) as the file layer a
// container's filesystem is built on.

import type { Node } from '../../node';
import { overlayAt } from '../../host/overlay';
import { overlayView, type OverlayFile } from '../../host/overlay-view';
import type { FileLayer } from '../snapshots/layered-files';

/** The overlay mounted at `target` as a read-through layer; undefined when none is mounted there. */
export function overlayLayer(node: Node, target: string): FileLayer<OverlayFile> | undefined {
  const dirs = overlayAt(node, target);
  return dirs ? overlayView(node.state.host.files, dirs) : undefined;
}
