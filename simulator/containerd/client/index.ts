// The containerd client library: the only containerd module a client (ctr, nerdctl, crictl's
// plugin, dockerd) imports. Everything it needs from containerd is exported here.

export { connect, type ContainerdClient, type NamespacedClient } from './client';
export type { ClientContext } from './context';
export { dial, noConnection } from './dial';
export * from './containers';
export * from './content';
export * from './diff';
export * from './events';
export * from './events-timestamps';
export * from './hosts-dir';
export * from './hosts-dir-resolve';
export * from './images';
export * from './introspection';
export * from './leases';
export * from './namespaces';
export * from './runc-state';
export * from './snapshots';
export * from './tasks';
export * from './transfer';
