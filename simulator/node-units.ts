// What the node's daemons do as systemd starts and stops them (host/systemd.ts owns the units'
// state; these are the hooks). Imported once where sessions are made, like node-daemons.ts,
// so that a unit started on a restored node finds its daemon.
//
// containerd keeps a `running` flag of its own, which its clients' dial checks read: the
// containerd unit's hooks are its only writer, so it always says what the unit says.

import { collectAfterStartup } from './containerd/gc/dirty';
import { registerDaemon } from './host/systemd';

registerDaemon('containerd', {
  started(node) {
    node.state.containerd.running = true;
    // A starting containerd's gc scheduler collects once, startup_delay (100 ms) later.
    collectAfterStartup(node);
  },
  stopped(node) {
    // Its shims and containers keep running, as they do on a real node.
    node.state.containerd.running = false;
  },
});
