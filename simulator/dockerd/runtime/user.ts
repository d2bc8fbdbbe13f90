// The process user of a docker container or exec (moby v20.10.24 daemon/oci_linux.go getUser
// over runc libcontainer/user GetExecUser): `name|uid[:group|gid]` looked up in the image's
// /etc/passwd and /etc/group. A name matches by name, a number by uid only; a number no entry
// has is taken as it is (its gid 0) if it is in 0–2147483647 (strconv.Atoi takes a sign, so
// `-u -1` is numeric and out of range: ErrRange). Supplementary groups, only when no group was given, are the
// groups listing the user by name; 20.10.18+ puts the primary gid first (the CVE-2022-36109 fix),
// so `-u nobody` is `groups=65534(nobody)` and root in docker.io's busybox `0(root),10(wheel)`.

import type { Node } from '../../node';
import { invalidParameter } from '../errors';
import { findLayer } from '../images/layers';

export interface SpecUser {
  uid: number;
  gid: number;
  additionalGids: number[];
}

/** The image's text at `path` from its topmost layer that has it (whiteouts aside). */
export function imageFile(node: Node, diffIds: readonly string[], path: string): string | undefined {
  for (let i = diffIds.length - 1; i >= 0; i--) {
    const f = findLayer(node, diffIds[i] ?? '')?.files[path];
    if (f?.kind === 'file') return f.content ?? '';
  }
  return undefined;
}

export function entries(text: string | undefined): string[][] {
  return (text ?? '').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).map((l) => l.split(':'));
}

/** strconv.Atoi: an optional sign and decimal digits, within int64. */
const NUMERIC_TEXT = /^[+-]?\d+$/;
const isNumeric = (text: string): boolean => NUMERIC_TEXT.test(text) && Math.abs(Number(text)) < 2 ** 63;
const MAX_ID = 2147483647;
/** A uid or gid taken as it is: within runc's minId–maxId, else ErrRange. */
function inRange(text: string): number {
  const id = Number(text);
  if (id < 0 || id > MAX_ID) throw invalidParameter(`uids and gids must be in range 0-${MAX_ID}`);
  return id;
}

/** getUser: the spec's user; DockerdError (500 as the start reports it) for a name no file has. */
export function resolveUser(node: Node, diffIds: readonly string[], spec: string): SpecUser {
  const colon = spec.indexOf(':');
  const who = colon < 0 ? spec : spec.slice(0, colon);
  const group = colon < 0 ? '' : spec.slice(colon + 1);
  let uid = 0;
  let gid = 0;
  const passwd = entries(imageFile(node, diffIds, '/etc/passwd'));
  const user = passwd.find((f) => (who === '' ? f[2] === '0' : isNumeric(who) ? Number(f[2]) === Number(who) : f[0] === who));
  let matched: string | undefined;
  if (user) {
    matched = user[0];
    uid = Number(user[2]);
    gid = Number(user[3]);
  } else if (who !== '') {
    if (!isNumeric(who)) throw invalidParameter(`unable to find user ${who}: no matching entries in passwd file`);
    uid = inRange(who);
  }
  let sgids: number[] = [];
  if (group !== '' || matched !== undefined) {
    const groups = entries(imageFile(node, diffIds, '/etc/group'));
    if (group !== '') {
      const g = groups.find((f) => (isNumeric(group) ? Number(f[2]) === Number(group) : f[0] === group));
      if (g) gid = Number(g[2]);
      else if (isNumeric(group)) gid = inRange(group);
      else throw invalidParameter(`unable to find group ${group}: no matching entries in group file`);
    } else {
      sgids = groups.filter((f) => (f[3] ?? '').split(',').includes(matched ?? '')).map((f) => Number(f[2]));
    }
  }
  return { uid, gid, additionalGids: [gid, ...sgids] };
}
