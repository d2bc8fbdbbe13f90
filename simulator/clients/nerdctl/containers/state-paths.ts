// Where nerdctl 0.22.2 keeps what it knows of a container besides containerd's labels, all under
// its data store (/var/lib/nerdctl/<8 hex of sha256(address)>): the state dir of
// getContainerStateDirPath (run.go:843-856@v0.22.2) with hostname, resolv.conf, log-config.json
// and <id>-json.log (pkg/logging/jsonfile/jsonfile.go:39-42), the names store
// (pkg/namestore/namestore.go:29-31) and the hosts store (pkg/dnsutil/hostsstore/hostsstore.go:40-45).

export function containerStateDir(dataStore: string, ns: string, id: string): string {
  return `${dataStore}/containers/${ns}/${id}`;
}

export function jsonLogPath(dataStore: string, ns: string, id: string): string {
  return `${containerStateDir(dataStore, ns, id)}/${id}-json.log`;
}

export function logConfigPath(dataStore: string, ns: string, id: string): string {
  return `${containerStateDir(dataStore, ns, id)}/log-config.json`;
}

export function namesDir(dataStore: string, ns: string): string {
  return `${dataStore}/names/${ns}`;
}

export function hostsDir(dataStore: string, ns: string, id: string): string {
  return `${dataStore}/etchosts/${ns}/${id}`;
}
