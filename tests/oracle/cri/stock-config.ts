// The config.toml the CRI oracle's private containerd runs with: the node's own stock file
// (`containerd config default` of Debian's 1.6.20, simulator/host/containerd-default-config.ts),
// so the plugin's Status config shows what a real node shows ([] and {} where the built-in
// defaults of a minimal file give null), with only what must stay private moved: root, state,
// the gRPC socket, the opt plugin's /opt/containerd and CNI's dirs under the run's directory,
// and oom_score_adj kept at or above the daemon's (a machine without CAP_SYS_RESOURCE cannot
// give the pause its -998; the normaliser hides the setting). The sandbox image stays the
// stock registry.k8s.io/pause:3.6: the stand-in pause archive is imported under that name.

import { CONTAINERD_DEFAULT_CONFIG } from '../../../simulator/host/containerd-default-config';

/** Each stock line that names a shared path or setting, and what it becomes under `dir`. */
function moved(dir: string): Array<[string, string]> {
  return [
    ['root = "/var/lib/containerd"', `root = "${dir}/root"`],
    ['state = "/run/containerd"', `state = "${dir}/state"`],
    ['  address = "/run/containerd/containerd.sock"', `  address = "${dir}/containerd.sock"`],
    ['    path = "/opt/containerd"', `    path = "${dir}/opt"`],
    ['    restrict_oom_score_adj = false', '    restrict_oom_score_adj = true'],
    ['      bin_dir = "/opt/cni/bin"', `      bin_dir = "${dir}/cni/bin"`],
    ['      conf_dir = "/etc/cni/net.d"', `      conf_dir = "${dir}/cni/net.d"`],
  ];
}

/** `text` with each pair's line replaced; throws if the text has no such line. */
export function replaceLines(text: string, edits: ReadonlyArray<[string, string]>): string {
  for (const [from, to] of edits) {
    const lines = text.split('\n');
    const at = lines.indexOf(from);
    if (at < 0) throw new Error(`the stock containerd config has no line ${JSON.stringify(from)}`);
    lines[at] = to;
    text = lines.join('\n');
  }
  return text;
}

/** The stock config.toml with the run's own paths (and a scenario's edits). */
export function stockConfigToml(dir: string, edits: ReadonlyArray<[string, string]> = []): string {
  return replaceLines(replaceLines(CONTAINERD_DEFAULT_CONFIG, edits), moved(dir));
}
