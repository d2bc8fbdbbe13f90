// Every module that registers a kind of timer with the node's scheduler (host/scheduler.ts),
// imported once where sessions are made, so a timer restored from a save always finds what it
// does even before the command that would have imported its owner has run. The daemons' own
// kinds (the kubelet's loop, dockerd's, the CRI's) come with their code (node-units.ts), which a
// session loads before its first line runs.

import './containerd/tasks/task-clock';
import './containerd/gc/collector';
import './containerd/tasks/container-writes';
