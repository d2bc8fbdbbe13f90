// GNU tar's listing time and the range of times a date can show (the mode column is
// host/mode-string.ts).

/** `2023-06-01 00:00`: GNU tar's listing time, in the node's zone (UTC). */
export function isoMinute(ms: number): string {
  // A time no calendar holds (a forged archive's) is shown as its seconds, as GNU tar does
  // when localtime fails.
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return String(Math.floor(ms / 1000));
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** The furthest instant a JavaScript Date holds, either side of the epoch. */
export const MAX_DATE_MS = 8.64e15;
