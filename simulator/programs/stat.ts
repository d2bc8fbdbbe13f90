// busybox stat -c FORMAT FILE... (coreutils/stat.c): each file's lstat through the format's
// %-conversions (%n name, %s size, %a octal mode, %A mode string, %u/%g and %U/%G owner, %h
// links, %b blocks of 512 bytes, %F type), `can't stat 'F'` and exit 1 for a missing one. The
// default multi-line form, with device and inode numbers and times, is not simulated (its
// missing files still fail as they do).

import { entryStat } from './ls-stat';
import { finished, followLinks, resolvePath, stderr, stdout, type ContainerFile, type OutputChunk, type Program } from './program';
import { groupName, userName } from './user-names';

function typeName(file: ContainerFile, size: number): string {
  if (file.kind === 'dir') return 'directory';
  if (file.kind === 'symlink') return 'symbolic link';
  if (file.device) return 'character special file';
  return size === 0 ? 'regular empty file' : 'regular file';
}

export const statProgram: Program = {
  name: 'stat',
  run(ctx) {
    const args = ctx.argv.slice(1);
    let format: string | undefined;
    let dereference = false;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i] ?? '';
      if (a === '-L') dereference = true;
      else if (a === '-f') return finished([stderr('stat: -f (file system status) is not simulated here\n')], 1);
      else if (a === '-c') format = args[++i];
      else if (a.startsWith('-c')) format = a.slice(2);
      else if (a.startsWith('--format=')) format = a.slice('--format='.length);
      else files.push(a);
    }
    const notSimulated = () => finished([stderr("stat: only `stat -c FORMAT FILE...' is simulated here (ctrlab has no device or inode numbers)\n")], 1);
    if (files.length === 0) return notSimulated();
    // The default form: a file that is missing fails as it would; one that exists is not simulated.
    if (format === undefined) {
      const missing = files.filter((name) => !ctx.fs.lookup(resolvePath(ctx.cwd, name)));
      if (missing.length < files.length) return notSimulated();
      return finished(missing.map((name) => stderr(`stat: can't stat '${name}': No such file or directory\n`)), 1);
    }
    const out: OutputChunk[] = [];
    let code = 0;
    for (const name of files) {
      // -L: stat the file a symlink leads to, not the link.
      const found = dereference ? followLinks(ctx.fs, resolvePath(ctx.cwd, name)) : undefined;
      const path = found?.path ?? resolvePath(ctx.cwd, name);
      const file = dereference ? found?.file : ctx.fs.lookup(path);
      if (!file) {
        out.push(stderr(`stat: can't stat '${name}': No such file or directory\n`));
        code = 1;
        continue;
      }
      const st = entryStat(ctx.fs, path, file);
      const uid = file.uid ?? 0;
      const gid = file.gid ?? 0;
      const perm = file.kind === 'symlink' ? 0o777 : file.mode & 0o7777;
      const conv: Record<string, () => string> = {
        n: () => name,
        s: () => String(st.size),
        a: () => perm.toString(8),
        A: () => st.mode,
        u: () => String(uid),
        g: () => String(gid),
        U: () => userName(ctx.fs, uid) ?? 'UNKNOWN',
        G: () => groupName(ctx.fs, gid) ?? 'UNKNOWN',
        h: () => String(st.nlink),
        b: () => String(st.blocks * 2),
        F: () => typeName(file, st.size),
        // %N quotes the name, and a symlink's target after ' -> '.
        N: () => (file.kind === 'symlink' ? `'${name}' -> '${file.content ?? ''}'` : `'${name}'`),
        Y: () => String(file.mtime ?? 0),
        y: () => `${new Date((file.mtime ?? 0) * 1000).toISOString().replace('T', ' ').slice(0, 19)}.000000000 +0000`,
        '%': () => '%',
      };
      out.push(stdout(`${format.replace(/%(.)/g, (all, c: string) => conv[c]?.() ?? all)}\n`));
    }
    return finished(out, code);
  },
};
