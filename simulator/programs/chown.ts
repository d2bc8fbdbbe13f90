// busybox chown OWNER[:GROUP] FILE... inside a container: the owner by name (the container's
// /etc/passwd, `chown: unknown user x`) or number, then chown(2) of each file, which the kernel
// refuses without CAP_CHOWN in the process's effective set (`--cap-drop chown`:
// `chown: /tmp: Operation not permitted`, exit 1) and for a missing file (ENOENT). The effective
// set is the one /proc/self/status shows this process. A permitted change of a regular file's
// owner is stored; one of a directory is not simulated.

import { finished, followLinks, resolvePath, stderr, type OutputChunk, type Program, type ProgramContext } from './program';
import { processUser } from './user-names';

/** CAP_CHOWN is capability 0. */
const CAP_CHOWN = 1n;

function hasCapChown(ctx: ProgramContext): boolean {
  const status = ctx.fs.statusOf?.({ comm: 'chown', pid: ctx.pid, ppid: ctx.ppid ?? 0, sid: ctx.sid ?? ctx.pid, running: true, user: processUser(ctx.user) });
  const hex = /^CapEff:\t([0-9a-f]+)$/m.exec(status ?? '')?.[1];
  // Without /proc the sets are runc's defaults for root, which hold CAP_CHOWN.
  if (hex === undefined) return processUser(ctx.user).uid === 0;
  return (BigInt(`0x${hex}`) & CAP_CHOWN) !== 0n;
}

/** A name or number of the container's passwd (group) file; undefined when unknown. */
function idOf(ctx: ProgramContext, file: '/etc/passwd' | '/etc/group', name: string): number | undefined {
  if (/^\d+$/.test(name)) return Number(name);
  const text = followLinks(ctx.fs, file)?.file.content ?? '';
  const entry = text.split('\n').map((l) => l.split(':')).find((f) => f[0] === name && f.length > 2);
  return entry ? Number(entry[2]) : undefined;
}

export const chownProgram: Program = {
  name: 'chown',
  run(ctx) {
    const args = ctx.argv.slice(1);
    if (args.some((a) => a.startsWith('-'))) return finished([stderr('chown: options are not simulated here (ctrlab simulates chown OWNER[:GROUP] FILE...)\n')], 1);
    const [spec = '', ...names] = args;
    if (names.length === 0) return finished([stderr('chown: this use of chown is not simulated here (ctrlab simulates chown OWNER[:GROUP] FILE...)\n')], 1);
    const [user = '', group] = spec.split(':');
    const uid = user === '' ? undefined : idOf(ctx, '/etc/passwd', user);
    const gid = group === undefined || group === '' ? undefined : idOf(ctx, '/etc/group', group);
    // xget_uidgid: the whole OWNER:GROUP is named when it has a colon.
    if ((user !== '' && uid === undefined) || (group !== undefined && group !== '' && gid === undefined)) {
      return finished([stderr(`chown: unknown ${group === undefined ? `user ${user}` : `user/group ${spec}`}\n`)], 1);
    }
    const permitted = hasCapChown(ctx);
    const out: OutputChunk[] = [];
    let code = 0;
    for (const name of names) {
      const found = followLinks(ctx.fs, resolvePath(ctx.cwd, name));
      if (!found) {
        out.push(stderr(`chown: ${name}: No such file or directory\n`));
        code = 1;
      } else if (!permitted) {
        out.push(stderr(`chown: ${name}: Operation not permitted\n`));
        code = 1;
      } else if (ctx.fs.readOnlyAt?.(found.path)) {
        out.push(stderr(`chown: ${name}: Read-only file system\n`));
        code = 1;
      } else if (found.file.kind !== 'file' || !ctx.fs.write) {
        out.push(stderr(`chown: changing the owner of ${name} (not a regular file) is not simulated here\n`));
        code = 1;
      } else {
        ctx.fs.write(found.path, { ...found.file, ...(uid !== undefined ? { uid } : {}), ...(gid !== undefined ? { gid } : {}) }, ctx.nowMs);
      }
    }
    return finished(out, code);
  },
};
