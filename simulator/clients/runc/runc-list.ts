// `runc list` and `runc state` (runc 1.1.5 list.go, state.go): the containers under the root
// with libcontainer's containerState — the list table through tabwriter(12, 1, 3, ' '), its
// JSON one line (`null` for none), the state indented by two spaces without a final newline.
// list names the owner of each state directory (root); state leaves it empty.

import { tabwrite } from '../../cli/tabwriter';
import { type RuncContainer, runcContainers } from '../../containerd/client/index';
import { goJsonMarshal, goJsonMarshalIndent } from '../../go/json';
import { checkArgs, getContainer, runcRoot, type RuncContext } from './runc-env';

/** containerState's fields in its declaration order (annotations omitted when empty). */
function stateObject(c: RuncContainer, owner: string): Record<string, unknown> {
  return {
    ociVersion: c.ociVersion,
    id: c.id,
    pid: c.pid,
    status: c.status,
    bundle: c.bundle,
    rootfs: c.rootfs,
    created: c.created,
    ...(Object.keys(c.annotations).length > 0 ? { annotations: c.annotations } : {}),
    owner,
  };
}

export function runcList(c: RuncContext): void {
  checkArgs(c, 0, 'exactly');
  const containers = runcContainers(c.env.node, runcRoot(c));
  if (c.bool('quiet')) {
    c.io.stdout(containers.map((r) => `${r.id}\n`).join(''));
    return;
  }
  const format = c.string('format');
  if (format === 'table') {
    const rows = containers.map((r) => `${r.id}\t${r.pid}\t${r.status}\t${r.bundle}\t${r.created}\troot\n`);
    c.io.stdout(tabwrite(`ID\tPID\tSTATUS\tBUNDLE\tCREATED\tOWNER\n${rows.join('')}`, { minwidth: 12, tabwidth: 1, padding: 3, padchar: ' ' }));
    return;
  }
  if (format !== 'json') throw new Error('invalid format option');
  c.io.stdout(`${containers.length === 0 ? 'null' : goJsonMarshal(containers.map((r) => stateObject(r, 'root')))}\n`);
}

export function runcState(c: RuncContext): void {
  checkArgs(c, 1, 'exactly');
  c.io.stdout(goJsonMarshalIndent(stateObject(getContainer(c), ''), '', '  '));
}
