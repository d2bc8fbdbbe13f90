// `runc kill` and `runc delete` (runc 1.1.5 kill.go, delete.go, signal.go) on the shim's
// containers, behind containerd's back: the signal reaches the init (every process with --all)
// as `ctr t kill` would send it, and the shim sees the exit. A deleted container leaves runc's
// list at once; the shim keeps its task, stopped, until `ctr t rm`.

import { forgetRuncContainer, type RuncContainer, runcSignal } from '../../containerd/client/index';
import { isKernelSignal, type Signal, signalName, signalNumber } from '../../host/signals';
import { checkArgs, getContainer, type RuncContext } from './runc-env';

/** signal.go parseSignal: a number as it is, else a name in any case with or without SIG. */
function parseSignal(raw: string): Signal {
  if (/^[+-]?\d+$/.test(raw)) return { name: signalName(Number(raw)), number: Number(raw) };
  const upper = raw.toUpperCase();
  const name = upper.startsWith('SIG') ? upper : `SIG${upper}`;
  const number = signalNumber(name);
  if (number === undefined) throw new Error(`unknown signal ${JSON.stringify(raw)}`);
  return { name, number };
}

/** libcontainer's Signal: the init of a live container, or whatever is left with --all. */
function signal(c: RuncContext, container: RuncContainer, sig: Signal, all: boolean): void {
  if (!all && container.status === 'stopped') throw new Error('container not running');
  if (all && container.status === 'stopped') return;
  if (!isKernelSignal(sig.number)) throw new Error(all ? 'invalid argument' : 'unable to signal init: invalid argument');
  runcSignal(c.env.node, container, sig, all);
}

export function runcKill(c: RuncContext): void {
  checkArgs(c, 1, 'a minimum of');
  checkArgs(c, 2, 'a maximum of');
  const container = getContainer(c);
  signal(c, container, parseSignal(c.args[1] ?? 'SIGTERM'), c.bool('all'));
}

/** killContainer: SIGKILL, then the state goes (the process is gone at once here). */
function killAndForget(c: RuncContext, container: RuncContainer): void {
  if (container.status !== 'stopped') runcSignal(c.env.node, container, { name: 'SIGKILL', number: 9 }, true);
  forgetRuncContainer(c.env.node, container);
}

export function runcDelete(c: RuncContext): void {
  checkArgs(c, 1, 'exactly');
  const force = c.bool('force');
  let container: RuncContainer;
  try {
    container = getContainer(c);
  } catch (err) {
    if (force && err instanceof Error && err.message === 'container does not exist') return;
    throw err;
  }
  if (force || container.status === 'created') {
    killAndForget(c, container);
    return;
  }
  if (container.status !== 'stopped') throw new Error(`cannot delete container ${container.id} that is not stopped: ${container.status}`);
  forgetRuncContainer(c.env.node, container);
}
