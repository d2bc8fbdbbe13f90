// Where the daemons' code, once loaded, hands over what it installs on every node (node-units.ts
// calls provideDaemonPlugins as it is evaluated). The CRI plugin, dockerd, buildkitd and the
// kubelet are ~0.5 MB of the worker's code that nothing before the first line needs (issue 13:
// the prompt in under 1 s): a node made before they are loaded waits here, and gets their
// plugins the moment they arrive, before any line of its session runs (node-plugins.ts).

import type { Node } from './node';

type InstallDaemonPlugins = (node: Node) => void;

let install: InstallDaemonPlugins | undefined;
const waiting = new Set<Node>();

/** Whether the daemons' code has been evaluated (node-units.ts). */
export function nodeDaemonsLoaded(): boolean {
  return install !== undefined;
}

/** Installs the daemons' plugins on `node` now if their code is here, else as soon as it is. */
export function installDaemonPluginsWhenLoaded(node: Node): void {
  if (install) install(node);
  else waiting.add(node);
}

/** Called once by the daemons' code: installs its plugins on every node made before it came. */
export function provideDaemonPlugins(plugins: InstallDaemonPlugins): void {
  install = plugins;
  const nodes = [...waiting];
  waiting.clear();
  for (const node of nodes) plugins(node);
}
