// go-units RAMInBytes (docker/go-units size.go), as docker and nerdctl parse -m and the other
// sizes: "512m", "1g", "1.5GiB" in binary multiples; units' own error (`invalid size: '<s>'`).

const MULTIPLIERS: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

export function ramInBytes(size: string): number {
  const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(size);
  if (!m) throw new Error(`invalid size: '${size}'`);
  const value = Number.parseFloat(m[1] ?? '');
  if (Number.isNaN(value)) throw new Error(`invalid size: '${size}'`);
  const unit = (m[2] ?? '').toLowerCase();
  return Math.trunc(value * (MULTIPLIERS[unit] ?? 1));
}
