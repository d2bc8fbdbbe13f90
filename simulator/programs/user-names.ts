// The names libc's getpwuid/getgrgid give a process for its ids: the first entry of the
// container's own /etc/passwd or /etc/group with that id (busybox's id and whoami use them).

import { followLinks, type ContainerFs, type ProcessUser } from './program';

/** Parsed files by their text: every container of an image shares its /etc/passwd, and `top` or `ps` asks once a process. */
const parsed = new Map<string, readonly string[][]>();
const PARSED_KEPT = 64;

function lines(fs: ContainerFs, path: string): readonly string[][] {
  const file = followLinks(fs, path)?.file;
  if (file?.kind !== 'file') return [];
  const text = file.content ?? '';
  let rows = parsed.get(text);
  if (!rows) {
    rows = text.split('\n').map((l) => l.split(':'));
    if (parsed.size >= PARSED_KEPT) parsed.clear();
    parsed.set(text, rows);
  }
  return rows;
}

/** The name of user `uid` in the container's /etc/passwd, or undefined. */
export function userName(fs: ContainerFs, uid: number): string | undefined {
  return lines(fs, '/etc/passwd').find((f) => f.length > 2 && f[2] === String(uid))?.[0];
}

/** The name of group `gid` in the container's /etc/group, or undefined. */
export function groupName(fs: ContainerFs, gid: number): string | undefined {
  return lines(fs, '/etc/group').find((f) => f.length > 2 && f[2] === String(gid))?.[0];
}

/** The ids of the user ps names `name` (a name of /etc/passwd, or the number it printed); root when neither. */
export function idsOfListed(fs: ContainerFs, name: string): ProcessUser {
  if (/^[0-9]+$/.test(name)) return { uid: Number(name), gid: Number(name), additionalGids: [] };
  const entry = lines(fs, '/etc/passwd').find((f) => f.length > 3 && f[0] === name);
  const uid = Number(entry?.[2] ?? 0);
  const gid = Number(entry?.[3] ?? 0);
  return { uid, gid, additionalGids: uid === 0 ? [0] : [] };
}

/** Who the process is: its user, or root when the runtime said none. */
export function processUser(user: ProcessUser | undefined): ProcessUser {
  return user ?? { uid: 0, gid: 0, additionalGids: [0] };
}

/** getpwnam: the ids of user `name` in the container's /etc/passwd (a name only, never a number). */
export function passwdIds(fs: ContainerFs, name: string): { uid: number; gid: number } | undefined {
  const entry = lines(fs, '/etc/passwd').find((f) => f.length > 3 && f[0] === name);
  return entry ? { uid: Number(entry[2]), gid: Number(entry[3]) } : undefined;
}

/** getgrouplist: `gid` first, then each group of /etc/group that lists `name` as a member, in file order. */
export function groupList(fs: ContainerFs, name: string, gid: number): number[] {
  const list = [gid];
  for (const f of lines(fs, '/etc/group')) {
    if (f.length < 4 || !(f[3] ?? '').split(',').includes(name)) continue;
    const g = Number(f[2]);
    if (!list.includes(g)) list.push(g);
  }
  return list;
}

/** getgrnam: the id of group `name` in the container's /etc/group, or undefined. */
export function groupId(fs: ContainerFs, name: string): number | undefined {
  const entry = lines(fs, '/etc/group').find((f) => f.length > 2 && f[0] === name);
  return entry ? Number(entry[2]) : undefined;
}
