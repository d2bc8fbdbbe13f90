// runc's own view of the containers the shims made (tasks/runc-containers.ts), for the node's
// runc binary: it reads runc's state directory, not containerd's API, so it answers while
// containerd is stopped, and what it does behind the shim's back the shim learns from the exit.

export {
  forgetRuncContainer,
  runcContainer,
  runcContainers,
  runcPids,
  runcProcesses,
  runcSignal,
  type RuncContainer,
  type RuncStatus,
} from '../tasks/runc-containers';
