// The loopback plugin (plugins v1.1.1 plugins/main/loopback): brings lo up in the container's
// namespace; without a previous result it reports lo with 127.0.0.1/8 and ::1/128. DEL takes
// it down again.

import { ensureNetns } from '../network/links';
import { upLoopback } from '../network/links';
import type { CniPlugin } from './cni-types';

export const loopbackPlugin: CniPlugin = {
  add(call) {
    upLoopback(ensureNetns(call.net, call.netnsPath));
    if (call.prevResult) return call.prevResult;
    return {
      cniVersion: call.conf.cniVersion,
      interfaces: [{ name: call.ifName, mac: '00:00:00:00:00:00', sandbox: call.netnsPath }],
      ips: [
        { interface: 0, address: '127.0.0.1/8' },
        { interface: 0, address: '::1/128' },
      ],
      dns: {},
    };
  },
  del(call) {
    const lo = call.net.namespaces[call.netnsPath]?.links.find((l) => l.kind === 'loopback');
    if (lo) {
      lo.up = false;
      lo.addrs = [];
    }
  },
};
