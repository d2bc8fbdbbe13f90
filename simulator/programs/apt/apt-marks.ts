// apt's auto-installed marks and what they decide. apt records in /var/lib/apt/extended_states
// (`Auto-Installed: 1` stanzas) each package it installed only because another needed it. A
// marked package that no manually installed one still needs — through Depends or, by apt's
// default APT::AutoRemove::RecommendsImportant, Recommends — is what `apt autoremove` removes
// and what remove and install point out ("… automatically installed and are no longer required").

import { followLinks, type ContainerFile, type ProgramContext } from '../program';
import type { Relations } from './apt-state';

const EXTENDED_STATES = '/var/lib/apt/extended_states';

/** The packages apt marked as automatically installed. */
export function readAuto(ctx: ProgramContext): Set<string> {
  const found = followLinks(ctx.fs, EXTENDED_STATES);
  const text = found?.file.kind === 'file' ? (found.file.content ?? '') : '';
  const auto = new Set<string>();
  for (const stanza of text.split(/\n\s*\n/)) {
    const name = /^Package: (.*)$/m.exec(stanza)?.[1];
    if (name && /^Auto-Installed: 1$/m.test(stanza)) auto.add(name);
  }
  return auto;
}

/** extended_states as apt writes it: one stanza per marked package, by name. */
export function extendedStates(auto: Iterable<string>): string {
  return [...auto].sort().map((name) => `Package: ${name}\nArchitecture: amd64\nAuto-Installed: 1\n\n`).join('');
}

export function writeAuto(ctx: ProgramContext, auto: ReadonlySet<string>): void {
  const content = extendedStates(auto);
  const file: ContainerFile = { kind: 'file', content, mode: 0o644, size: content.length, mtime: Math.floor(ctx.nowMs / 1000) };
  ctx.fs.write?.(EXTENDED_STATES, file, ctx.nowMs);
}

/**
 * The marked packages nothing keeps once `gone` are removed and `wanted` (about to be installed
 * by hand) are there: what is reachable from the manual packages stays. Sorted by name.
 */
export function orphans(
  installed: ReadonlyMap<string, Relations>,
  auto: ReadonlySet<string>,
  options: { gone?: ReadonlySet<string>; wanted?: readonly string[]; relationsOf?: (name: string) => Relations | undefined } = {},
): string[] {
  const gone = options.gone ?? new Set<string>();
  const present = (name: string) => installed.has(name) && !gone.has(name);
  const kept = new Set<string>();
  const keep = (name: string): void => {
    if (kept.has(name)) return;
    kept.add(name);
    const relations = installed.get(name) ?? options.relationsOf?.(name);
    for (const group of [...(relations?.depends ?? []), ...(relations?.recommends ?? [])]) {
      for (const alt of group) if (present(alt)) keep(alt);
    }
  };
  for (const name of installed.keys()) if (present(name) && !auto.has(name)) keep(name);
  for (const name of options.wanted ?? []) keep(name);
  return [...installed.keys()].filter((name) => present(name) && auto.has(name) && !kept.has(name)).sort();
}
