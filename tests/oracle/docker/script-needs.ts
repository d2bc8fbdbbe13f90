// What a docker oracle script needs of the machine, from its `# needs: …` comment lines (words:
// `bridge` — the private bridge network for -p, container IPs and user-defined networks;
// `offline` — a machine that cannot resolve Docker Hub, for pulls that must fail).

export function scriptNeeds(text: string): string[] {
  return [...text.matchAll(/^#\s*needs:\s*(.*)$/gm)].flatMap((m) => (m[1] ?? '').split(/[\s,]+/).filter(Boolean));
}

/**
 * The daemon.json a script's daemons start with, from its `# daemon-json: {…}` comment line (one
 * JSON object; the real dockerd's own keys are merged over it, the simulated node gets it as
 * /etc/docker/daemon.json before its dockerd starts). Undefined without one.
 */
export function scriptDaemonJson(text: string): Record<string, unknown> | undefined {
  const m = /^#\s*daemon-json:\s*(.*)$/m.exec(text);
  return m ? (JSON.parse(m[1] ?? '{}') as Record<string, unknown>) : undefined;
}
