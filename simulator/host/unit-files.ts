// systemd reading the unit files an administrator wrote into /etc/systemd/system (BuildKit's, as
// the notes install it). Packaged units (/lib/systemd/system) come and go with their package
// (shell/commands/apt.ts); these come and go with their files. systemd loads a unit whose file
// has appeared the first time it is named, and forgets one whose file is gone on daemon-reload
// (a running one stays loaded until it stops, as systemd keeps it).

import type { Node } from '../node';
import { UNIT_DEFINITIONS } from './systemd';
import * as vfs from './vfs';

const ADMIN_UNITS = '/etc/systemd/system/';

/** Whether a `.wants` link enables `name` (its service or its socket). */
function wanted(node: Node, name: string): boolean {
  const files = node.state.host.files;
  return [`multi-user.target.wants/${name}.service`, `sockets.target.wants/${name}.socket`].some((link) => vfs.exists(files, `${ADMIN_UNITS}${link}`) || files[`${ADMIN_UNITS}${link}`] !== undefined);
}

/**
 * Brings HostState.units in line with the admin-written unit files: a unit whose file is there
 * is loaded (enabled when a `.wants` link names it); on `reload` (daemon-reload) a stopped one
 * whose file is gone is no longer known.
 */
export function loadUnitFiles(node: Node, reload: boolean): void {
  const units = node.state.host.units;
  for (const definition of UNIT_DEFINITIONS) {
    if (!definition.unitFile.startsWith(ADMIN_UNITS)) continue;
    const unit = Object.hasOwn(units, definition.name) ? units[definition.name] : undefined;
    const present = vfs.exists(node.state.host.files, definition.unitFile);
    if (present && !unit?.installed) units[definition.name] = { installed: true, enabled: wanted(node, definition.name), active: false };
    else if (!present && reload && unit?.installed && !unit.active) units[definition.name] = { installed: false, enabled: false, active: false };
  }
}
