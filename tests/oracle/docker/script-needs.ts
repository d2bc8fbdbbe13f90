// What a docker oracle script needs of the machine, from its `# needs: …` comment lines (words:
// `bridge` — the private bridge network for -p, container IPs and user-defined networks;
// `offline` — a machine that cannot resolve Docker Hub, for pulls that must fail).

export function scriptNeeds(text: string): string[] {
  return [...text.matchAll(/^#\s*needs:\s*(.*)$/gm)].flatMap((m) => (m[1] ?? '').split(/[\s,]+/).filter(Boolean));
}
