// `hostname`: the node's name from the state tree (node1); root may change it.

import { nodeCommand } from './command-host';

export const hostnameCommand = nodeCommand('hostname', (args, io, node) => {
  const name = args.find((a) => !a.startsWith('-'));
  if (name !== undefined) {
    node.state.host.hostname = name;
    return 0;
  }
  io.stdout(`${node.state.host.hostname}\n`);
  return 0;
});
