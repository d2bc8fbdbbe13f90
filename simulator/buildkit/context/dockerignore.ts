// .dockerignore as buildkit 0.10's frontend reads it (moby/buildkit@v0.10.4
// frontend/dockerfile/dockerignore and docker's fileutils.PatternMatcher): one pattern a line,
// `#` comments, `!` exceptions, paths cleaned and relative to the context root; a path is
// excluded when the last pattern matching it (or one of its parent directories) is not an
// exception. `*` and `?` stay within a path element, `**` crosses them.

export interface IgnorePattern {
  exclusion: boolean;
  regex: RegExp;
}

function cleanPath(p: string): string {
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function patternRegex(pattern: string): RegExp {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        re += '.*';
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i]}`;
    else if (ch === '[') {
      const end = pattern.indexOf(']', i);
      if (end === -1) re += '\\[';
      else {
        re += `[${pattern.slice(i + 1, end).replace(/^!/, '^')}]`;
        i = end;
      }
    } else re += ch.replace(/[.+^${}()|/]/g, (c) => `\\${c}`);
  }
  return new RegExp(`${re}$`);
}

/** ReadAll: the patterns of a .dockerignore file. */
export function parseDockerignore(text: string): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  for (const raw of text.split('\n')) {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const exclusion = line.startsWith('!');
    if (exclusion) line = line.slice(1).trim();
    line = cleanPath(line);
    if (line === '') continue;
    out.push({ exclusion, regex: patternRegex(line) });
  }
  return out;
}

/** Whether context-relative `path` ("dir/file") is excluded. */
export function isIgnored(patterns: readonly IgnorePattern[], path: string): boolean {
  if (patterns.length === 0) return false;
  const parents: string[] = [];
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) parents.push(parts.slice(0, i).join('/'));
  let matched = false;
  for (const p of patterns) {
    if (p.exclusion !== matched) continue;
    if (p.regex.test(path) || parents.some((parent) => p.regex.test(parent))) matched = !p.exclusion;
  }
  return matched;
}
