// What selecting an object in the state view shows: the command a learner would type to see it
// on a real node and, where the tool's formatter is a pure function of the state, what that
// command prints. Asked for one object at a time (building every container's JSON on each
// query would cost the frame budget at 1,000 objects); anything else shows the command only.

import { containerInfoText } from '../clients/ctr/containers/info';
import type { NodeState } from '../node';
import type { ObjectRef } from './state-tree';

export interface ObjectInfo {
  /** What `command` prints, or undefined where only the command is given. */
  text?: string;
}

export function objectInfo(state: NodeState, ref: ObjectRef): ObjectInfo {
  const ns = state.containerd.namespaces[ref.namespace];
  switch (ref.kind) {
    case 'container': {
      const record = ns?.containers[ref.key];
      return record ? { text: containerInfoText(record) } : {};
    }
    case 'blob': {
      // `ctr content get` writes the blob's bytes: manifests, indexes and configs are JSON text.
      const data = ns?.content[ref.key] ? state.containerd.blobs[ref.key]?.data : undefined;
      return data === undefined ? {} : { text: data };
    }
    default:
      return {};
  }
}
