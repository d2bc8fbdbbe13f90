// POST /containers/{id}/rename (moby v20.10.24 daemon/rename.go ContainerRename): the new name
// checked and reserved (`Error when allocating new name: Conflict. …`, or `…: Invalid container
// name (/a b), …`), the same name refused.

import type { Node } from '../../node';
import { DockerdError, invalidParameter, isDockerdError } from '../errors';
import { findContainer } from './lookup';
import { checkName } from './names';
import { logContainerEvent } from '../events/event-log';

export function renameContainer(node: Node, typed: string, newName: string): void {
  if (newName === '') throw invalidParameter('Neither old nor new names may be empty');
  const record = findContainer(node, typed);
  if (record.name === newName.replace(/^\//, '')) throw invalidParameter('Renaming a container with the same name as its current name');
  const oldName = record.name;
  try {
    // rename.go: the new name gets its one slash first, so an invalid one is shown with it.
    record.name = checkName(node, `/${newName.replace(/^\//, '')}`, record.id);
  } catch (err) {
    if (isDockerdError(err)) throw new DockerdError(err.status, `Error when allocating new name: ${err.message}`);
    throw err;
  }
  logContainerEvent(node, record, 'rename', { oldName: `/${oldName}` });
}
