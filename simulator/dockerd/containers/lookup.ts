// How dockerd finds a container from what a user typed (daemon/container.go GetContainer): the
// full id, then a name (with or without its slash), then a unique id prefix. notFound
// `No such container: <typed>`.

import type { Node } from '../../node';
import { notFound } from '../errors';
import type { DockerContainerRecord } from '../store/container-record';

export function findContainer(node: Node, typed: string): DockerContainerRecord {
  const records = node.state.dockerd.containers;
  const exact = Object.hasOwn(records, typed) ? records[typed] : undefined;
  if (exact) return exact;
  const name = typed.replace(/^\//, '');
  const named = Object.values(records).find((c) => c.name === name);
  if (named) return named;
  if (/^[0-9a-f]+$/.test(typed)) {
    const matches = Object.values(records).filter((c) => c.id.startsWith(typed));
    if (matches.length === 1 && matches[0]) return matches[0];
  }
  throw notFound(`No such container: ${typed}`);
}
