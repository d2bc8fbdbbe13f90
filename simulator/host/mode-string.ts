// The `-rwxr-xr-x` column that ls (GNU's and busybox's) and GNU tar print: a type letter, then
// three rwx triplets where setuid/setgid/sticky show as s/S and t/T over the execute bits.

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
