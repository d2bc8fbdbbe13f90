// urfave/cli v2's FlagsByName (flag.go:73-90, sort.go lexicographicLess @v2.23.7): flags ordered
// by their first name, case-folded first, then by code point. crictl sorts every command's
// flags and its own with it before app.Run (cmd/crictl/main.go:283-286@v1.26.0).

import type { FlagSpec } from '../spec';

function lexicographicLess(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] ?? '';
    const q = y[i] ?? '';
    if (p.toLowerCase() !== q.toLowerCase()) return p.toLowerCase() < q.toLowerCase();
    if (p !== q) return p < q;
  }
  return a < b;
}

/** sort.Sort(cli.FlagsByName(flags)) on a copy. */
export function sortFlagsByName(flags: readonly FlagSpec[]): FlagSpec[] {
  const name = (f: FlagSpec) => f.names[0] ?? '';
  return [...flags].sort((f, g) => (lexicographicLess(name(f), name(g)) ? -1 : lexicographicLess(name(g), name(f)) ? 1 : 0));
}
