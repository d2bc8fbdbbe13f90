// busybox chmod and ln, the two Dockerfile RUN lines use most after mkdir and cp:
// `chmod +x /entrypoint.sh`, `chmod -R 755 /app`, `ln -sf /dev/stdout /var/log/app.log`.
// Both change the container's files through fs.write (its own layer).

import { finished, followLinks, resolvePath, stderr, type ContainerFile, type OutputChunk, type Program, type ProgramContext } from './program';

// busybox bb_parse_mode: o is S_IRWXO alone, so `o+t` sets no sticky bit (only a bare or `a` who does).
const WHO: Record<string, number> = { u: 0o4700, g: 0o2070, o: 0o0007, a: 0o7777 };
/** `u=g`, `o+u`: the permission letter copies a class's rwx bits as they stand. */
const CLASS_SHIFT: Record<string, number> = { u: 6, g: 3, o: 0 };
const WHAT: Record<string, number> = { r: 0o444, w: 0o222, x: 0o111, s: 0o6000, t: 0o1000 };

/** The new mode for `mode` after `spec` (octal, or symbolic like u+x,go-w,a=r); undefined when invalid. */
export function applyMode(mode: number, spec: string, isDir: boolean): number | undefined {
  if (/^[0-7]{1,4}$/.test(spec)) return Number.parseInt(spec, 8);
  let result = mode & 0o7777;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([+\-=])([rwxXst]*|[ugo])$/.exec(clause);
    if (!m) return undefined;
    const who = (m[1] || 'a').split('').reduce((acc, c) => acc | (WHO[c] ?? 0), 0);
    const copied = CLASS_SHIFT[m[3] ?? ''];
    let bits =
      copied !== undefined
        ? ((result >> copied) & 0o7) * 0o111
        : (m[3] ?? '').split('').reduce((acc, c) => acc | (c === 'X' ? (isDir || (mode & 0o111) !== 0 ? 0o111 : 0) : (WHAT[c] ?? 0)), 0);
    bits &= who;
    if (m[2] === '+') result |= bits;
    else if (m[2] === '-') result &= ~bits;
    else result = (result & ~who) | bits;
  }
  return result;
}

function write(ctx: ProgramContext, path: string, file: ContainerFile): void {
  ctx.fs.write?.(path, { ...file, mtime: Math.floor(ctx.nowMs / 1000) }, ctx.nowMs);
}

export const chmodProgram: Program = {
  name: 'chmod',
  run(ctx) {
    const args = ctx.argv.slice(1);
    const recursive = args[0] === '-R';
    const [spec, ...names] = recursive ? args.slice(1) : args;
    if (!spec || names.length === 0) return finished([stderr('BusyBox v1.37.0 multi-call binary.\n\nUsage: chmod [-Rcvf] MODE[,MODE]... FILE...\n')], 1);
    const out: OutputChunk[] = [];
    let code = 0;
    const change = (path: string, shown: string): void => {
      const found = followLinks(ctx.fs, path);
      if (!found) {
        out.push(stderr(`chmod: ${shown}: No such file or directory\n`));
        code = 1;
        return;
      }
      const mode = applyMode(found.file.mode, spec, found.file.kind === 'dir');
      if (mode === undefined) {
        out.push(stderr(`chmod: invalid mode '${spec}'\n`));
        code = 1;
        return;
      }
      write(ctx, found.path, { ...found.file, mode });
      if (recursive && found.file.kind === 'dir') for (const name of ctx.fs.list(found.path) ?? []) change(`${found.path}/${name}`, `${shown}/${name}`);
    };
    for (const name of names) change(resolvePath(ctx.cwd, name), name);
    return finished(out, code);
  },
};

export const lnProgram: Program = {
  name: 'ln',
  run(ctx) {
    const flags = new Set<string>();
    const operands: string[] = [];
    for (const a of ctx.argv.slice(1)) {
      if (/^-[sfnv]+$/.test(a)) for (const f of a.slice(1)) flags.add(f);
      else operands.push(a);
    }
    const [target, linkName] = operands;
    if (!target || operands.length > 2) return finished([stderr('BusyBox v1.37.0 multi-call binary.\n\nUsage: ln [-sfnbtv] [-S SUF] TARGET... LINK|DIR\n')], 1);
    let path = resolvePath(ctx.cwd, linkName ?? target.slice(target.lastIndexOf('/') + 1));
    const existing = ctx.fs.lookup(path);
    // A directory (or a link to one, without -n) as LINK puts the new link inside it.
    const into = existing && (existing.kind === 'dir' || (!flags.has('n') && followLinks(ctx.fs, path)?.file.kind === 'dir'));
    if (into) path = `${path}/${target.slice(target.lastIndexOf('/') + 1)}`;
    if (ctx.fs.lookup(path) && !flags.has('f')) return finished([stderr(`ln: ${linkName ?? path}: File exists\n`)], 1);
    if (flags.has('s')) {
      write(ctx, path, { kind: 'symlink', content: target, mode: 0o777 });
      return finished([]);
    }
    const source = followLinks(ctx.fs, resolvePath(ctx.cwd, target));
    if (!source) return finished([stderr(`ln: ${target}: No such file or directory\n`)], 1);
    // link(2) of a directory: EPERM, named by the new link.
    if (source.file.kind === 'dir') return finished([stderr(`ln: ${linkName ?? path}: Operation not permitted\n`)], 1);
    write(ctx, path, source.file);
    return finished([]);
  },
};
