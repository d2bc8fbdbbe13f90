// CNI_ARGS as host-local reads them (containernetworking/cni v1.1 pkg/types/args.go LoadArgs
// into host-local's IPAMArgs: CommonArgs' IgnoreUnknown and IP): "K=V;K=V" pairs; a key the
// struct lacks is refused unless IgnoreUnknown is true; IP must be an address. nerdctl's
// --ip reaches the plugin this way (ocihook.go getIPAddressOpts: IgnoreUnknown=1;IP=<ip>).
// Messages as host-local 1.1.1 prints them (checked on this machine with /usr/lib/cni/host-local).

import { CniError } from './cni-types';
import { ipToInt } from '../network/ip-address';

/** UnmarshallableBool: 1/0 and true/false in any case. */
function parseBool(value: string): boolean {
  const lower = value.toLowerCase();
  if (lower === '1' || lower === 'true') return true;
  if (lower === '0' || lower === 'false') return false;
  throw new CniError(999, `ARGS: error parsing value of pair ${JSON.stringify(`IgnoreUnknown=${value}`)}: boolean unmarshal error: invalid input ${value}`);
}

/** The requested IPv4 addresses as integers (IPAMArgs has one IP: the last pair wins), or throws the plugin's error. */
export function requestedIps(args: Readonly<Record<string, string>>): number[] {
  const pairs = Object.entries(args);
  const ignoreUnknown = pairs.some(([k, v]) => k === 'IgnoreUnknown' && parseBool(v));
  const unknown: string[] = [];
  const ips: number[] = [];
  for (const [key, value] of pairs) {
    if (key === 'IgnoreUnknown') continue;
    if (key !== 'IP') {
      unknown.push(key);
      continue;
    }
    // net.IP's UnmarshalText: a dotted quad (IPv6 is not simulated on node1's networks).
    const ip = /^\d{1,3}(\.\d{1,3}){3}$/.test(value) ? ipToInt(value) : Number.NaN;
    if (Number.isNaN(ip)) throw new CniError(999, `ARGS: error parsing value of pair ${JSON.stringify(`${key}=${value}`)}: invalid IP address ${value}`);
    ips.splice(0, ips.length, ip);
  }
  if (unknown.length > 0 && !ignoreUnknown) throw new CniError(999, `ARGS: unknown args [${unknown.map((k) => JSON.stringify(k)).join(' ')}]`);
  return ips;
}
