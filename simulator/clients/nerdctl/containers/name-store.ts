// nerdctl's names store (pkg/namestore/namestore.go@v0.22.2): one file per name under
// <data store>/names/<namespace>/, holding the id of the container that has it. It lives in the
// node's files, where the real tool writes it, so `ls` shows it and saves keep it.

import * as vfs from '../../../host/vfs';
import type { Node } from '../../../node';
import { namesDir } from './state-paths';

function readName(node: Node, path: string): string | undefined {
  const files = node.state.host.files;
  return files[path]?.kind === 'file' ? vfs.readFile(files, path) : undefined;
}

const IDENTIFIER_PATTERN = '^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$';
const IDENTIFIER_RE = new RegExp(IDENTIFIER_PATTERN);

/** containerd's identifiers.Validate (a Go library function nerdctl links), wrapped as namestore does. */
function validName(name: string, shownAs = name): void {
  let problem = '';
  if (name.length === 0) problem = 'identifier must not be empty: invalid argument';
  else if (new TextEncoder().encode(name).length > 76) problem = `identifier ${JSON.stringify(name)} greater than maximum length (76 characters): invalid argument`;
  else if (!IDENTIFIER_RE.test(name)) problem = `identifier ${JSON.stringify(name)} must match ${IDENTIFIER_PATTERN}: invalid argument`;
  if (problem) throw new Error(`invalid name ${JSON.stringify(shownAs)}: ${problem}`);
}

export function nameStore(node: Node, dataStore: string, ns: string) {
  const dir = namesDir(dataStore, ns);
  const files = node.state.host.files;
  const opts = { parents: true, mtimeMs: node.nowMs() };
  vfs.mkdir(files, dir, { ...opts, mode: 0o700 });
  return {
    /** Acquire: `name "x" is already used by ID "<id>"` when taken. */
    acquire(name: string, id: string): void {
      validName(name);
      const taken = readName(node, `${dir}/${name}`);
      if (taken !== undefined) throw new Error(`name ${JSON.stringify(name)} is already used by ID ${JSON.stringify(taken)}`);
      vfs.writeFile(files, `${dir}/${name}`, id, { ...opts, mode: 0o600 });
    },
    /** Release: a missing file is fine; a file naming another id is refused. */
    release(name: string, id: string): void {
      if (name === '') return;
      validName(name);
      const holder = readName(node, `${dir}/${name}`);
      if (holder === undefined) return;
      if (holder.trim() !== id) throw new Error(`name ${JSON.stringify(name)} is used by ID ${JSON.stringify(holder.trim())}, not by ${JSON.stringify(id)}`);
      vfs.rm(files, `${dir}/${name}`, { force: true, mtimeMs: node.nowMs() });
    },
    /** Rename (namestore.go:89-112): the error for a bad new name quotes the OLD name, as released. */
    rename(oldName: string, id: string, newName: string): void {
      if (oldName === '' || newName === '') return;
      validName(newName, oldName);
      const holder = readName(node, `${dir}/${oldName}`);
      if (holder === undefined) throw new Error(`open ${dir}/${oldName}: no such file or directory`);
      if (holder.trim() !== id) throw new Error(`name ${JSON.stringify(oldName)} is used by ID ${JSON.stringify(holder.trim())}, not by ${JSON.stringify(id)}`);
      const taken = readName(node, `${dir}/${newName}`);
      if (taken !== undefined) throw new Error(`name ${JSON.stringify(newName)} is already used by ID ${JSON.stringify(taken)}`);
      vfs.rename(files, `${dir}/${oldName}`, `${dir}/${newName}`, node.nowMs());
    },
    /** Every name held, with its id (for tests and invariants). */
    entries(): Array<{ name: string; id: string }> {
      return vfs.readdir(files, dir).map((name) => ({ name, id: readName(node, `${dir}/${name}`) ?? '' }));
    },
  };
}
