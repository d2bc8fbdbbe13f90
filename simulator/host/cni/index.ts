// CNI on the simulated node: conflists run through the real plugins' behaviour (bridge,
// host-local, portmap, loopback, firewall, tuning; containernetworking/plugins v1.1.1).
//
// API (what nerdctl's OCI hook and the CRI plugin call):
//
//   cniAdd(node, { conflist, containerId, netnsPath, ifName, capabilityArgs?, args?, binDirs? })
//     → CniResult { cniVersion, interfaces[{name, mac, sandbox?}], ips[{interface, address, gateway}],
//                   routes[{dst}], dns }   (resultJson(result, version) gives the plugin's JSON)
//     conflist: the file's text or parsed object, e.g. nerdctl 0.22's default network
//       { cniVersion: "0.4.0", name: "bridge", plugins: [bridge nerdctl0 (isGateway, ipMasq,
//         hairpinMode, host-local 10.4.0.0/24 gw 10.4.0.1), portmap {capabilities:
//         {portMappings: true}}, firewall, tuning] }
//     netnsPath: "/proc/<task pid>/ns/net" for a task's own namespace (what nerdctl passes).
//     capabilityArgs.portMappings: [{ hostPort, containerPort, protocol: "tcp", hostIP: "" }]
//   cniDel(node, sameRequest)   frees the IP, deletes the veth pair, drops the port mappings
//   cniCheck(node, sameRequest) throws when the interfaces are gone
//   releaseNetns(node, path)    the namespace went away with its process
//   cachedResult(node, request) the last ADD's result (/var/lib/cni/results/<net>-<id>-<if>)
//   hostLocalAllocations(files, network)   addresses in /var/lib/cni/networks/<network>/
//
// Errors are CniError (message as libcni prints it: `plugin type="bridge" name="bridge" failed
// (add): failed to allocate for range 0: no IP addresses available in range set: …`). Each
// plugin's binary must exist in /opt/cni/bin on the node (node1 ships bridge, host-local,
// loopback, portmap; a conflist naming firewall or tuning needs those files too, as nerdctl's
// full bundle installs them): else `failed to find plugin "firewall" in path [/opt/cni/bin]`.

export { cachedResult, cniAdd, cniCheck, cniDel, releaseNetns, type CniRequest } from './cni';
export { CniError, resultJson, type CniResult, type CniInterface, type CniIpConfig, type PortMapEntry } from './cni-types';
export { hostLocalAllocations } from './host-local';
export { parseConfList, type ConfList } from './conflist';
