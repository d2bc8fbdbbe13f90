// apt-get remove, purge and autoremove: what apt prints before dpkg runs (the packages it
// removes, those left unneeded, the space freed, its question) and dpkg's removal of each.
// Removed packages leave dpkg's database unless they keep conffiles (`rc` until purged); apt
// forgets their auto-installed marks. The packages left unneeded are what `autoremove` takes.

import { finished, stderr, stdout, type OutputChunk, type ProgramContext, type ProgramRun } from '../program';
import { ask, type AptRun } from './apt-ask';
import { APT_ERROR, archQualified, readingLines, showList, sizeToStr } from './apt-format';
import type { AptIndex, DebEntry } from './apt-index';
import { orphans, readAuto, writeAuto } from './apt-marks';
import { installOrder, simulatedRemoval } from './apt-order';
import { databaseCount, forgetInstalled, readConfigFiles, readRelations, readStatus } from './apt-state';

/** What removing needs of apt-get's options. */
interface RemoveOptions {
  yes: boolean;
  simulate: boolean;
  names: readonly string[];
}

/**
 * apt's note on packages marked auto that nothing needs any more (empty when there are none).
 * As root apt names `apt autoremove` whichever of apt and apt-get printed it (`apt-get -s remove
 * docker.io` on this project's bookworm machine: "Use 'apt autoremove' to remove it.").
 */
export function unneededNotice(names: readonly string[]): string {
  if (names.length === 0) return '';
  const one = names.length === 1;
  const heading = one
    ? 'The following package was automatically installed and is no longer required:'
    : 'The following packages were automatically installed and are no longer required:';
  return `${showList(heading, names)}Use 'apt autoremove' to remove ${one ? 'it' : 'them'}.\n`;
}

/** The conffiles a removed package leaves (those it lists, else its files under /etc); unknown: undefined. */
function conffiles(p: DebEntry | undefined): readonly string[] | undefined {
  if (!p) return undefined;
  return p.conffiles ?? Object.keys(p.files).filter((f) => f.startsWith('/etc/'));
}

/** The REMOVED list, the counts and the space, then the removal itself once -y or the answer allows. */
function removeSet(ctx: ProgramContext, o: RemoveOptions, index: AptIndex, purge: boolean, todo: readonly string[], out: OutputChunk[]): AptRun {
  const say = (text: string): void => void out.push(stdout(text));
  const installed = readStatus(ctx);
  const versions = new Map([...readConfigFiles(ctx), ...installed]);
  const sorted = [...todo].sort();
  if (todo.length > 0) say(showList('The following packages will be REMOVED:', sorted.map((n) => (purge ? `${n}*` : n))));
  say(`0 upgraded, 0 newly installed, ${todo.length} to remove and 0 not upgraded.\n`);
  if (todo.length === 0) return finished(out);
  // Dependents go before what they depend on: apt's install order, backwards.
  const order = installOrder(index.packages, sorted, []).reverse();
  if (o.simulate) {
    say(simulatedRemoval(order, versions, purge));
    return finished(out);
  }
  // A package left as config-files frees nothing: apt then says 0 B will be used.
  const freed = todo.reduce((n, name) => n + (installed.has(name) ? (index.packages[name]?.installedKib ?? 0) : 0), 0) * 1024;
  say(freed > 0 ? `After this operation, ${sizeToStr(freed)}B disk space will be freed.\n` : 'After this operation, 0 B of additional disk space will be used.\n');
  const proceed = (c: ProgramContext): ProgramRun => removeAll(c, index, order, versions, installed, purge);
  if (!o.yes) return ask(out, proceed);
  const rest = proceed(ctx);
  return { ...rest, out: [...out, ...rest.out] };
}

/** dpkg's removal of `order` (and purge of their conffiles), then the triggers and apt's marks. */
function removeAll(
  ctx: ProgramContext,
  index: AptIndex,
  order: readonly string[],
  versions: ReadonlyMap<string, string>,
  installed: ReadonlyMap<string, string>,
  purge: boolean,
): ProgramRun {
  const out: OutputChunk[] = [];
  const say = (text: string): void => void out.push(stdout(text));
  const name = (n: string) => archQualified(n, index.packages[n]);
  const removed = order.filter((n) => installed.has(n));
  if (removed.length > 0) say(`(Reading database ... ${databaseCount(ctx)} files and directories currently installed.)\n`);
  for (const n of removed) say(`Removing ${name(n)} (${versions.get(n)}) ...\n`);
  for (const n of order) forgetInstalled(ctx, n, purge, conffiles(index.packages[n]));
  const after = readStatus(ctx);
  const manDb = after.get('man-db');
  const libc = after.get('libc-bin');
  if (manDb && removed.length > 0) say(`Processing triggers for man-db (${manDb}) ...\n`);
  if (libc && removed.some((n) => n.startsWith('lib'))) say(`Processing triggers for libc-bin (${libc}) ...\n`);
  if (purge) {
    say(`(Reading database ... ${databaseCount(ctx)} files and directories currently installed.)\n`);
    for (const n of order) say(`Purging configuration files for ${name(n)} (${versions.get(n)}) ...\n`);
  }
  const auto = readAuto(ctx);
  if (order.some((n) => auto.has(n))) writeAuto(ctx, new Set([...auto].filter((n) => !order.includes(n))));
  return { ...finished(out), exit: { afterMs: 1_000, code: 0 } };
}

/**
 * `remove` / `purge`: the installed packages named go (no dependants are modelled, so nothing
 * else goes with them); what only they kept is pointed out for autoremove.
 */
export function remove(ctx: ProgramContext, o: RemoveOptions, index: AptIndex, purge: boolean): AptRun {
  const out: OutputChunk[] = [stdout(readingLines(ctx.terminal, true))];
  const installed = readStatus(ctx);
  // purge also takes what a remove left as config-files.
  const present = purge ? new Map([...readConfigFiles(ctx), ...installed]) : installed;
  const unknown = o.names.find((n) => !present.has(n) && !index.packages[n]);
  if (unknown !== undefined) {
    out.push(stderr(`E: Unable to locate package ${unknown}\n`));
    return finished(out, APT_ERROR);
  }
  for (const n of o.names) if (!present.has(n)) out.push(stdout(`Package '${n}' is not installed, so not removed\n`));
  const todo = o.names.filter((n) => present.has(n));
  out.push(stdout(unneededNotice(orphans(readRelations(ctx), readAuto(ctx), { gone: new Set(todo) }))));
  return removeSet(ctx, o, index, purge, todo, out);
}

/** `autoremove` (`--purge`, `autopurge`): the packages marked auto that nothing needs, with any named. */
export function autoremove(ctx: ProgramContext, o: RemoveOptions, index: AptIndex, purge: boolean): AptRun {
  const out: OutputChunk[] = [stdout(readingLines(ctx.terminal, true))];
  const installed = readStatus(ctx);
  const named = o.names.filter((n) => installed.has(n));
  const todo = [...named, ...orphans(readRelations(ctx), readAuto(ctx), { gone: new Set(named) })];
  return removeSet(ctx, o, index, purge, todo, out);
}
