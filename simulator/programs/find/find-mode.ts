// libbb's bb_parse_mode(s, 0) for find -perm: an octal mode up to 07777, or chmod's symbolic
// clauses (`u=rw,go=r`, `a+x`, `-u+w` once find took the sign off) built from no bits. A clause
// without who (`+x`) sets only what the umask lets through, as chmod does. Undefined: invalid.

const WHO: Record<string, number> = { a: 0o7777, u: 0o4700, g: 0o2070, o: 0o0007 };
const PERM: Record<string, number> = { r: 0o444, w: 0o222, x: 0o111, X: 0o111, s: 0o6000, t: 0o1000 };

export function parseMode(text: string, umask = 0o022): number | undefined {
  if (/^[0-7]/.test(text)) {
    if (!/^[0-7]+$/.test(text)) return undefined;
    const value = parseInt(text, 8);
    return value > 0o7777 ? undefined : value;
  }
  let mode = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] === ',') {
      i++;
      continue;
    }
    let who = 0;
    while (WHO[text[i] ?? ''] !== undefined) {
      who |= WHO[text[i] ?? ''] ?? 0;
      if (++i >= text.length) return undefined;
    }
    do {
      const op = text[i] ?? '';
      if (op !== '+' && op !== '-' && op !== '=') return undefined;
      if (op === '=') mode &= who ? ~who : ~0o7777;
      i++;
      let perms = 0;
      const copy = text[i] ?? '';
      if (copy === 'u' || copy === 'g' || copy === 'o') {
        // A permcopy (`g=u`): the bits that class has now, spread to every class.
        const bits = (WHO[copy] ?? 0) & 0o777 & mode;
        for (const mask of [0o444, 0o222, 0o111]) if (bits & mask) perms |= mask;
        i++;
      } else {
        while (PERM[text[i] ?? ''] !== undefined) {
          const ch = text[i] ?? '';
          // X counts only where something is executable already (from nothing: never).
          if (ch !== 'X' || mode & 0o111) perms |= PERM[ch] ?? 0;
          i++;
        }
      }
      if (perms) {
        perms &= who || ~umask;
        mode = op === '-' ? mode & ~perms : mode | perms;
      }
    } while (i < text.length && text[i] !== ',');
  }
  return mode & 0o7777;
}
