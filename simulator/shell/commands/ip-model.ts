// What `ip` and `ss` read of the node's network, in one place (host/network).

export { HOST_NETNS, allListeners, hasCarrier, networkView, viewNetns } from '../../host/network/index';
export type { LinkRecord, Listener, NetnsRecord, NetworkState } from '../../host/network/index';
export { broadcastOf, intToIp, ipToInt, linkLocalOf, maskOf, parseCidr } from '../../host/network/ip-address';
