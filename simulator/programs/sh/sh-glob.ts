// Pathname expansion over the container's files (POSIX 2.13.3, as ash does it): each
// component with *, ? or [..] is matched against the directory's entries, names starting with
// a dot only by a pattern starting with one; results sorted bytewise, in the pattern's own
// form (relative stays relative). `rm -rf /var/lib/apt/lists/*` in a Dockerfile needs it.

import { followLinks, resolvePath, type ContainerFs } from '../program';

/** One glob (`*`, `?`, `[…]`, `[!…]`) as a RegExp over a whole name: a path component, a package name. */
export function componentRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else if (ch === '[' && pattern.indexOf(']', i + 2) > 0) {
      const end = pattern.indexOf(']', i + 2);
      const body = pattern.slice(i + 1, end);
      re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
      i = end;
    } else re += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function globPaths(fs: ContainerFs, cwd: string, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((p, i) => p !== '' || i === 0);
  let matches: string[] = [absolute ? '' : '.'];
  for (const part of absolute ? parts.slice(1) : parts) {
    const next: string[] = [];
    const isPattern = /[*?[]/.test(part);
    for (const base of matches) {
      const dir = resolvePath(cwd, base === '' ? '/' : base);
      if (!isPattern) {
        const path = base === '.' ? part : `${base}/${part}`;
        if (followLinks(fs, resolvePath(cwd, path)) || fs.lookup(resolvePath(cwd, path))) next.push(path);
        continue;
      }
      const target = followLinks(fs, dir);
      const names = target?.file.kind === 'dir' ? (fs.list(target.path) ?? []) : [];
      const re = componentRegExp(part);
      for (const name of names) {
        if (name.startsWith('.') && !part.startsWith('.')) continue;
        if (re.test(name)) next.push(base === '.' ? name : `${base}/${name}`);
      }
    }
    matches = next;
    if (matches.length === 0) return [];
  }
  return matches.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
