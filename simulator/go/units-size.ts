// go-units RAMInBytes (docker/go-units size.go), as docker and nerdctl parse -m and the other
// sizes: "512m", "1g", "1.5GiB" in binary multiples; units' own error (`invalid size: '<s>'`).

const MULTIPLIERS: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

export function ramInBytes(size: string): number {
  const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(size);
  if (!m) throw new Error(`invalid size: '${size}'`);
  const value = Number.parseFloat(m[1] ?? '');
  if (Number.isNaN(value)) throw new Error(`invalid size: '${size}'`);
  const unit = (m[2] ?? '').toLowerCase();
  const bytes = Math.trunc(value * (MULTIPLIERS[unit] ?? 1));
  // int64(float64) of a value past int64's range is the minimum int64 on amd64.
  return bytes >= 2 ** 63 ? -(2 ** 63) : bytes;
}

const DECIMAL: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15 };

/** go-units FromHumanSize: the same forms in decimal multiples ("10k" is 10000 bytes), as nerdctl reads --log-opt max-size. */
export function fromHumanSize(size: string): number {
  const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(size);
  const value = Number.parseFloat(m?.[1] ?? '');
  if (!m || Number.isNaN(value)) throw new Error(`invalid size: '${size}'`);
  return Math.trunc(value * (DECIMAL[(m[2] ?? '').toLowerCase()] ?? 1));
}
