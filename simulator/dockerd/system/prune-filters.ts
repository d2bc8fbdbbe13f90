// The filters the prune endpoints share (moby 20.10 daemon/prune.go): each endpoint accepts its
// own keys (`Invalid filter 'x'` for any other), `until` is one timestamp or duration (objects
// created after it stay) and `label` / `label!` match the object's labels (matchLabels: every
// `label` must match, and an object matching the `label!` values stays).

import { parseSince } from '../../go/docker-timestamp';
import { matchLabels } from '../containers/ps-filters';
import { invalidParameter, systemError } from '../errors';

export type PruneFilters = ReadonlyMap<string, readonly string[]>;

export interface FoldedPruneFilters {
  /** Objects created after this moment (ms) stay; undefined: no until filter. */
  untilMs?: number;
  labelsPass(labels: Readonly<Record<string, string>> | null | undefined): boolean;
}

/** getUntilFromPruneFilters: one GetTimestamp value, as ms. */
export function untilOf(values: readonly string[] | undefined, nowMs: number): number | undefined {
  if (values === undefined) return undefined;
  if (values.length > 1) throw systemError('more than one until filter specified');
  const parsed = parseSince(values[0] ?? '', nowMs);
  if (!parsed.ok) throw systemError(parsed.error);
  return parsed.since === undefined ? undefined : parsed.since.seconds * 1000 + parsed.since.nanos / 1e6;
}

export function foldPruneFilters(filters: PruneFilters | undefined, accepted: readonly string[], nowMs: number): FoldedPruneFilters {
  const given = filters ?? new Map<string, readonly string[]>();
  for (const key of given.keys()) if (!accepted.includes(key)) throw invalidParameter(`Invalid filter '${key}'`);
  const not = given.get('label!');
  const untilMs = untilOf(given.get('until'), nowMs);
  return {
    ...(untilMs !== undefined ? { untilMs } : {}),
    labelsPass: (labels) => {
      const l = labels ?? {};
      // filters.MatchKVList is false for an object with no labels at all, whatever is asked.
      const kv = (values: readonly string[] | undefined) => values === undefined || values.length === 0 || (Object.keys(l).length > 0 && matchLabels(values, l));
      return kv(given.get('label')) && !(not !== undefined && not.length > 0 && kv(not));
    },
  };
}

/** Whether an object created at `createdIso` is kept by the until filter. */
export function createdAfter(folded: FoldedPruneFilters, createdIso: string): boolean {
  return folded.untilMs !== undefined && Date.parse(createdIso) > folded.untilMs;
}
