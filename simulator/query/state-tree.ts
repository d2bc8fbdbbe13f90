// The shape the state view shows: one tree of the node's objects, built fresh from the node's
// state by query-node.ts every time it is asked (never a copy kept beside the state). Each
// object carries a stable id (the same object has the same id after any command, so two
// queries can be compared, diff.ts), a label, the command a learner would type to see it, and
// a stamp: a few of its fields that change when the object does.

/** What kind of object a tree node stands for; groups only collect the objects below them. */
type ObjectKind =
  | 'group'
  | 'namespace'
  | 'image'
  | 'blob'
  | 'snapshot'
  | 'container'
  | 'task'
  | 'process'
  | 'lease'
  | 'pod'
  | 'cri-container'
  | 'docker-image'
  | 'docker-container';

/** Where the object lives in the state tree: enough for object-info.ts to find it again. */
export interface ObjectRef {
  kind: ObjectKind;
  /** containerd namespace ("" for objects outside containerd's namespaces). */
  namespace: string;
  /** The object's key in its store (image name, digest, snapshot key, container id, …). */
  key: string;
}

export interface StateNode {
  /** Unique in one query result and stable across queries for the same object. */
  id: string;
  ref: ObjectRef;
  /** What the view prints for it. */
  label: string;
  /** A short second line (status, digest, parent), may be "". */
  detail: string;
  /** The command that would show this object on a real node ("" for groups). */
  command: string;
  /** Fields that change when the object changes; equal stamps mean unchanged. */
  stamp: string;
  children: StateNode[];
}

export function group(id: string, label: string, children: StateNode[]): StateNode {
  return { id, ref: { kind: 'group', namespace: '', key: id }, label, detail: `${children.length}`, command: '', stamp: '', children };
}
