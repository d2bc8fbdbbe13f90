// How buildctl prints a *time.Time with %v: Go's Time.String() in UTC,
// `2026-12-05 01:23:45.123456789 +0000 UTC` (trailing zeros of the fraction dropped).

export function rfc3339Like(ms: number): string {
  const iso = new Date(ms).toISOString();
  const [date, rest] = iso.split('T') as [string, string];
  const time = rest.replace('Z', '').replace(/\.?0+$/, '');
  return `${date} ${time} +0000 UTC`;
}
