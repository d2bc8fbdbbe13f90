// A full node for the image tests: stock host files (the harbor CA among them), the recorded
// archives in /root, and a fixed clock and seed. `online` leaves the registries reachable.

import { createSimulator } from '../../index';
import type { Node } from '../../node';
import { writeConformanceFixtures } from '../../registry/conformance-fixtures';
import { readImageArchive } from '../../oci/archive/read-archive';
import { importImages, refTranslator } from './import-images';
import type { ImageRecord } from '../metadata/schema';

const IMAGES_TEST_EPOCH_MS = Date.UTC(2026, 10, 28, 5, 14, 0);

export function makeImagesNode(options: { online?: boolean } = {}): Node {
  let t = IMAGES_TEST_EPOCH_MS;
  const node = createSimulator({ seed: 7, now: () => (t += 3) });
  writeConformanceFixtures(node);
  node.state.registries.offline = !options.online;
  return node;
}

/** Imports one of the /root archives into `ns` (no unpack), as `ctr images import --no-unpack`. */
export function importFixture(node: Node, path: string, ns = 'default'): ImageRecord[] {
  const bytes = node.state.host.files[path]?.content ?? '';
  return importImages(node, ns, readImageArchive(bytes), { refTranslator: refTranslator('import-2026-11-28', false) });
}

export const BUSYBOX_INDEX = 'sha256:bff38f7f22acc98f1c9a4fa12ad6776979a99bc4d8977838f8a872bd737b2301';
export const BUSYBOX_MANIFEST = 'sha256:3897836b2df1f0294a4bb98faf34bd80855666ea916ccb84c6bc07b471f0d7dc';
export const BUSYBOX_CONFIG = 'sha256:fc480f01af0ac256cc3196a957b5ae9d2bec486fc389156e1cfcb470865a7d30';
export const BUSYBOX_CHAIN = 'sha256:51389e34881cbae78c13029e5ae0094c144bc24dca14f2c1a10ac0bbbf39c044';
export const NGINX_CHAIN = 'sha256:4d20d6afd662967fcb39efd18045c533126b1e8a71109a43b9cc274431e489a7';
