// apk's view of the container's files: the installed database (/lib/apk/db/installed), the
// world file and the repositories, read and written through the container's filesystem so
// every change lands in the container's own layer (apk-tools 2.14 src/database.c).

import { followLinks, type ContainerFile, type ProgramContext } from '../program';
import type { ApkIndexEntry } from './apk-index';

export const INSTALLED_DB = '/lib/apk/db/installed';
const WORLD = '/etc/apk/world';
const REPOSITORIES = '/etc/apk/repositories';

export function readText(ctx: ProgramContext, path: string): string | undefined {
  const found = followLinks(ctx.fs, path);
  return found?.file.kind === 'file' ? (found.file.content ?? '') : undefined;
}

export function writeText(ctx: ProgramContext, path: string, content: string, mode = 0o644): void {
  const file: ContainerFile = { kind: 'file', content, mode, size: content.length, mtime: Math.floor(ctx.nowMs / 1000) };
  ctx.fs.write?.(path, file, ctx.nowMs);
}

/** An installed package as the database lists it. */
export interface Installed {
  name: string;
  version: string;
  installedSize: number;
}

export function readInstalled(ctx: ProgramContext): Installed[] {
  const db = readText(ctx, INSTALLED_DB) ?? '';
  return db
    .split('\n\n')
    .map((entry) => ({
      name: /^P:(.*)$/m.exec(entry)?.[1] ?? '',
      version: /^V:(.*)$/m.exec(entry)?.[1] ?? '',
      installedSize: Number(/^I:(\d+)$/m.exec(entry)?.[1] ?? '0'),
    }))
    .filter((p) => p.name !== '');
}

export function readWorld(ctx: ProgramContext): string[] {
  return (readText(ctx, WORLD) ?? '').split('\n').filter(Boolean);
}

export function writeWorld(ctx: ProgramContext, names: readonly string[]): void {
  writeText(ctx, WORLD, `${[...new Set(names)].sort().join('\n')}\n`);
}

/** The repository URLs apk reads (comments and blank lines skipped). */
export function readRepositories(ctx: ProgramContext): string[] {
  return (readText(ctx, REPOSITORIES) ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

/** The database entry apk writes for a package it installed. */
export function installedEntry(name: string, p: ApkIndexEntry, builtAt: number): string {
  const dirs = new Map<string, string[]>();
  for (const path of Object.keys(p.files)) {
    const cut = path.lastIndexOf('/');
    const dir = path.slice(1, cut);
    dirs.set(dir, [...(dirs.get(dir) ?? []), path.slice(cut + 1)]);
  }
  const lines = [
    `P:${name}`, `V:${p.version}`, 'A:x86_64', `S:${Math.round(p.installedSize * 0.45)}`, `I:${p.installedSize}`, `T:${p.description}`,
    `L:${p.license}`, `o:${name}`, `t:${builtAt}`,
  ];
  if (p.depends.length) lines.push(`D:${p.depends.join(' ')}`);
  for (const [dir, files] of dirs) {
    lines.push(`F:${dir}`);
    for (const f of files) lines.push(`R:${f}`);
  }
  return `${lines.join('\n')}\n\n`;
}
