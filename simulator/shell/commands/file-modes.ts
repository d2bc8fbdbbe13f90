// The `-rwxr-xr-x` column GNU ls and GNU tar print: a type letter, then three rwx triplets
// where setuid/setgid/sticky show as s/S and t/T over the execute bits.

/** Type letters: `-` file, `d` directory, `l` symlink, `h` a tar hard link entry. */
export type ModeType = '-' | 'd' | 'l' | 'h';

export function modeString(type: ModeType, mode: number): string {
  const triplet = (bits: number, special: boolean, letter: string) => {
    const x = bits & 1 ? (special ? letter : 'x') : special ? letter.toUpperCase() : '-';
    return `${bits & 4 ? 'r' : '-'}${bits & 2 ? 'w' : '-'}${x}`;
  };
  return (
    type +
    triplet((mode >> 6) & 7, (mode & 0o4000) !== 0, 's') +
    triplet((mode >> 3) & 7, (mode & 0o2000) !== 0, 's') +
    triplet(mode & 7, (mode & 0o1000) !== 0, 't')
  );
}

/** `2023-06-01 00:00`: GNU tar's listing time, in the node's zone (UTC). */
export function isoMinute(ms: number): string {
  // A time no calendar holds (a forged archive's) is shown as its seconds, as GNU tar does
  // when localtime fails.
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return String(Math.floor(ms / 1000));
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** The furthest instant a JavaScript Date holds, either side of the epoch. */
export const MAX_DATE_MS = 8.64e15;
