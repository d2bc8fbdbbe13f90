// tonistiigi/units Bytes with `%.2f` (vendor/github.com/tonistiigi/units/bytes.go@v0.10.4):
// whole bytes below 1 kB ("123B"), else decimal units with two decimals ("3.37MB").

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];

export function formatBytes(n: number): string {
  let i = 0;
  let base = 1;
  while (n >= base * 1000 && i < UNITS.length - 1) {
    base *= 1000;
    i++;
  }
  if (i === 0) return `${n}B`;
  return `${(n / base).toFixed(2)}${UNITS[i]}`;
}
