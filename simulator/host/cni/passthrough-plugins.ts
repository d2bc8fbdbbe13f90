// Chained plugins whose effects nothing in the simulation reads, run for their contract: the
// firewall plugin (plugins v1.1.1 plugins/meta/firewall: iptables FORWARD accepts for the
// container's addresses; needs a previous result) and tuning (plugins/meta/tuning: sysctls,
// MAC, MTU, promisc of ifName; passes the previous result on). Both return the previous result.

import { CniError, type CniPlugin } from './cni-types';

export const firewallPlugin: CniPlugin = {
  add(call) {
    if (!call.prevResult) throw new CniError(999, 'firewall: required prevResult missing');
    return call.prevResult;
  },
  del() {},
};

export const tuningPlugin: CniPlugin = {
  add(call) {
    if (!call.prevResult) throw new CniError(999, 'Required prevResult missing');
    return call.prevResult;
  },
  del() {},
};
