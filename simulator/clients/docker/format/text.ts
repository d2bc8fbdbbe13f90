// Small text helpers of docker/cli's formatter: stringid.TruncateID, stringutils.Ellipsis,
// and Go's time.Time.String of a Unix time in the node's zone (UTC).

/** stringid.TruncateID: `sha256:` dropped, the first 12 characters. */
export function truncateId(id: string): string {
  const colon = id.indexOf(':');
  return (colon >= 0 ? id.slice(colon + 1) : id).slice(0, 12);
}

/** stringutils.Ellipsis: at most `max` runes, the last one an ellipsis when cut. */
export function ellipsis(text: string, max: number): string {
  const runes = [...text];
  if (runes.length <= max) return text;
  if (max <= 3) return runes.slice(0, Math.max(max, 0)).join('');
  return `${runes.slice(0, max - 1).join('')}…`;
}

/** time.Unix(s, 0).String() in UTC: `2026-12-05 04:15:09 +0000 UTC`. */
export function goTimeString(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' +0000 UTC');
}
