// oci.WithUser as `ctr tasks exec --user` applies it to the container's spec (containerd@v1.6.20
// oci/spec_opts.go:580, with Debian's 1.6.20~ds1-1+deb12u3 fix for CVE-2024-40635 backported
// from 1.6.38: a number outside 0…2^31-1 is taken as a name). Names are looked up in the
// container snapshot's /etc/passwd and /etc/group, which ctr reads through a temporary mount,
// so a lookup that fails is reported as `mount callback failed on /tmp/containerd-mountN: …`.

import { plain } from '../../errdefs/errdefs';
import { nextUint32 } from '../../host/random';
import type { Node } from '../../node';
import type { ProcessUser } from '../../programs/program';
import { snapshotFileLookup } from '../snapshots/snapshots';
import { getContainer } from './containers';

type FileLookup = ReturnType<typeof snapshotFileLookup>;

const MAX_USER_ID = 2 ** 31 - 1;

/** strconv.Atoi accepted it and it lies in the range the CVE fix allows: the number, else undefined. */
function userId(text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const v = Number(text);
  return v >= 0 && v <= MAX_USER_ID ? v : undefined;
}

/** Lines of a colon-separated database file split into fields (moby/sys/user ParsePasswdFileFilter). */
function entries(text: string | undefined): string[][] {
  return (text ?? '').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).map((l) => l.split(':'));
}

/** The user `userstr` names for the process of container `id`, as WithUser sets spec.Process.User. */
export function withUser(node: Node, ns: string, id: string, userstr: string): ProcessUser {
  const container = getContainer(node, ns, id);
  return userInSnapshot(node, snapshotFileLookup(node, ns, container.snapshotter, container.snapshotKey), userstr);
}

/**
 * The same lookup on a snapshot's files before a container is stored (a spec option inside
 * NewContainer, as nerdctl's --group-add runs WithAppendAdditionalGroups there).
 */
export function userInSnapshot(node: Node, lookup: FileLookup, userstr: string): ProcessUser {
  const parts = userstr.split(':');
  if (parts.length > 2) throw plain(`invalid USER value ${userstr}`);
  const fail = (what: (mountPoint: string) => string) => {
    const mountPoint = `/tmp/containerd-mount${nextUint32(node.state.random)}`;
    return plain(`mount callback failed on ${mountPoint}: ${what(mountPoint)}`);
  };
  /** A name lookup opens the file: a missing one fails with open's error. */
  const table = (path: string) => {
    const file = lookup(path);
    if (file?.content === undefined) throw fail((mp) => `open ${mp}${path}: no such file or directory`);
    return entries(file.content);
  };
  const passwd = () => table('/etc/passwd');
  const done = (uid: number, gid: number): ProcessUser => ({ uid, gid, additionalGids: [gid] });

  const [first = '', second] = parts;
  if (second === undefined) {
    const uid = userId(first);
    if (uid !== undefined) {
      // WithUserID: the user's primary group when /etc/passwd has the uid, else group 0.
      const found = entries(lookup('/etc/passwd')?.content).find((f) => Number(f[2]) === uid);
      return done(uid, found ? Number(found[3] ?? 0) : 0);
    }
    const found = passwd().find((f) => f[0] === first);
    if (!found) throw fail(() => 'no users found');
    return done(Number(found[2] ?? 0), Number(found[3] ?? 0));
  }
  const uidNumber = userId(first);
  const gidNumber = userId(second);
  let uid = uidNumber ?? 0;
  let gid = gidNumber ?? 0;
  if (uidNumber === undefined && first !== '') {
    const found = passwd().find((f) => f[0] === first);
    if (!found) throw fail(() => 'no users found');
    uid = Number(found[2] ?? 0);
  }
  if (gidNumber === undefined && second !== '') {
    const found = table('/etc/group').find((f) => f[0] === second);
    if (!found) throw fail(() => 'no groups found');
    gid = Number(found[2] ?? 0);
  }
  return done(uid, gid);
}
