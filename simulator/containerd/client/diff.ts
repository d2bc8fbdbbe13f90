// The client's diff calls: client.DiffService() (diff.Comparer and diff.Applier) with the
// rootfs package's CreateDiff over a snapshotter, in the request's namespace.

import type { Descriptor } from '../../oci/descriptor';
import { applyDiff, compareSnapshots, createDiff, UNCOMPRESSED_LABEL, type CompareOptions } from '../diff/walking-differ';
import { validateRequestNamespace } from '../namespaces/namespaces';
import type { ClientContext } from './context';

export { UNCOMPRESSED_LABEL, type CompareOptions };

export function diffApi(ctx: ClientContext) {
  const { node, namespace: ns } = ctx;
  return {
    /**
     * rootfs.CreateDiff(ctx, key, sn, differ): the layer of snapshot `key`'s changes over its
     * parent, written to the content store with its uncompressed digest as a label. Throws
     * notFound (`snapshot <key> does not exist`).
     */
    createDiff(snapshotter: string, key: string, options: CompareOptions = {}): Descriptor {
      validateRequestNamespace(ns);
      return createDiff(node, ns, snapshotter, key, options);
    },

    /**
     * DiffService().Compare(ctx, mounts of `lowerKey`, mounts of `upperKey`): the layer that
     * turns the first snapshot's tree into the second's. notFound; `unsupported diff media
     * type: …: not implemented` (Unimplemented) for a type the walking differ does not write.
     */
    compare(snapshotter: string, lowerKey: string, upperKey: string, options: CompareOptions = {}): Descriptor {
      validateRequestNamespace(ns);
      return compareSnapshots(node, ns, snapshotter, lowerKey, upperKey, options);
    },

    /** Apply(ctx, desc, mounts of active snapshot `key`). notFound (layer, snapshot). */
    apply(desc: Descriptor, snapshotter: string, key: string): Descriptor {
      validateRequestNamespace(ns);
      return applyDiff(node, ns, snapshotter, key, desc);
    },
  };
}
