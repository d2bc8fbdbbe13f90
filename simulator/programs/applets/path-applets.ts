// busybox readlink and realpath (coreutils/readlink.c, coreutils/realpath.c). readlink FILE
// prints a link's target, and nothing with exit 1 for what is not a link (-v says why); -f and
// realpath canonicalize: every link on the way followed, `.` and `..` resolved against the
// directories they name. A dangling link at the end resolves to where it points
// (xmalloc_realpath_coreutils); a missing part elsewhere, or a file in the middle, fails.

import { getopt32 } from '../getopt32';
import { finished, MAX_SYMLINKS, resolvePath, stderr, stdout, type ContainerFs, type OutputChunk, type Program } from '../program';
import { showUsage } from './busybox-usage';

const READLINK_USAGE =
  'Usage: readlink [-fnv] FILE\n\nDisplay the value of a symlink\n\n' +
  "\t-f\tCanonicalize by following all symlinks\n\t-n\tDon't add newline\n\t-v\tVerbose\n";
const REALPATH_USAGE = 'Usage: realpath FILE...\n\nPrint absolute pathnames of FILEs\n';


/** The canonical path of `path` (absolute), or the errno text of why there is none. */
function canonicalPath(fs: ContainerFs, path: string): { path: string } | { error: string } {
  const pending = path.split('/').filter((p) => p !== '' && p !== '.');
  const done: string[] = [];
  let links = 0;
  let lastFromLink = false;
  while (pending.length > 0) {
    const part = pending.shift() ?? '';
    if (part === '..') {
      done.pop();
      continue;
    }
    const here = `/${[...done, part].join('/')}`;
    const entry = fs.lookup(here);
    if (!entry) {
      if (pending.length === 0 && lastFromLink) return { path: here };
      return { error: 'No such file or directory' };
    }
    if (entry.kind === 'symlink') {
      if (++links > MAX_SYMLINKS) return { error: 'Too many levels of symbolic links' };
      const target = entry.content ?? '';
      if (target.startsWith('/')) done.length = 0;
      const parts = target.split('/').filter((p) => p !== '' && p !== '.');
      lastFromLink = pending.length === 0;
      pending.unshift(...parts);
      continue;
    }
    if (entry.kind !== 'dir' && pending.some((p) => p !== '..')) return { error: 'Not a directory' };
    done.push(part);
    lastFromLink = false;
  }
  return { path: `/${done.join('/')}` };
}

/** NAME against the working directory as the kernel walks it: `..` after a link is the link's target's parent. */
function joined(cwd: string, name: string): string {
  return name.startsWith('/') ? name : `${cwd}/${name}`;
}

export const readlinkProgram: Program = {
  name: 'readlink',
  run(ctx) {
    const parsed = getopt32(ctx.argv.slice(1), 'fnv');
    if (!parsed.ok) return showUsage('readlink', READLINK_USAGE, parsed.error);
    const [name, ...extra] = parsed.operands;
    if (name === undefined || extra.length > 0) return showUsage('readlink', READLINK_USAGE);
    const end = parsed.opts.has('n') ? '' : '\n';
    if (parsed.opts.has('f')) {
      const canonical = canonicalPath(ctx.fs, joined(ctx.cwd, name));
      return 'path' in canonical ? finished([stdout(`${canonical.path}${end}`)]) : finished([], 1);
    }
    const entry = ctx.fs.lookup(resolvePath(ctx.cwd, name));
    if (entry?.kind === 'symlink') return finished([stdout(`${entry.content ?? ''}${end}`)]);
    const why = entry ? 'not a symlink' : 'No such file or directory';
    return finished(parsed.opts.has('v') ? [stderr(`readlink: ${name}: cannot read link: ${why}\n`)] : [], 1);
  },
};

export const realpathProgram: Program = {
  name: 'realpath',
  run(ctx) {
    // No options: every word is a FILE, `-x` too.
    const names = ctx.argv.slice(1);
    if (names.length === 0) return showUsage('realpath', REALPATH_USAGE);
    const out: OutputChunk[] = [];
    let code = 0;
    for (const name of names) {
      const canonical = name === '' ? { error: 'No such file or directory' } : canonicalPath(ctx.fs, joined(ctx.cwd, name));
      if ('path' in canonical) out.push(stdout(`${canonical.path}\n`));
      else {
        out.push(stderr(`realpath: ${name}: ${canonical.error}\n`));
        code = 1;
      }
    }
    return finished(out, code);
  },
};
