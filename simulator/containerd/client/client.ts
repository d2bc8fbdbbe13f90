// The containerd client (containerd's Go client, client.go): the one way a tool on the node
// talks to containerd. `connect` dials the daemon; `withNamespace` gives the namespaced view a
// Go program gets from namespaces.WithNamespace(ctx, ns). Each service's calls live in a file
// of their own; this file only puts them together.

import type { Node } from '../../node';
import type { ClientContext } from './context';
import { containersApi } from './containers';
import { contentApi } from './content';
import { diffApi } from './diff';
import { eventsApi } from './events';
import { imagesApi } from './images';
import { introspectionApi } from './introspection';
import { leasesApi } from './leases';
import { namespacesApi } from './namespaces';
import { snapshotsApi } from './snapshots';
import { tasksApi } from './tasks';
import { transferApi } from './transfer';
import { tracedApi } from '../../trace/call-path';

/** The calls made within one namespace. */
export interface NamespacedClient {
  readonly namespace: string;
  readonly images: ReturnType<typeof imagesApi>;
  readonly content: ReturnType<typeof contentApi>;
  readonly diff: ReturnType<typeof diffApi>;
  readonly containers: ReturnType<typeof containersApi>;
  readonly tasks: ReturnType<typeof tasksApi>;
  readonly snapshots: ReturnType<typeof snapshotsApi>;
  readonly leases: ReturnType<typeof leasesApi>;
  readonly events: ReturnType<typeof eventsApi>;
  readonly transfer: ReturnType<typeof transferApi>;
}

/** A connection to containerd on one node. */
export interface ContainerdClient {
  /** The namespace service (not itself namespaced). */
  readonly namespaces: ReturnType<typeof namespacesApi>;
  /** Version, plugins, server info: what the introspection service answers. */
  readonly introspection: ReturnType<typeof introspectionApi>;
  withNamespace(namespace: string): NamespacedClient;
}

/**
 * The namespaced clients made so far, per node. The services keep no state of their own (every
 * call reads the node), so one per namespace serves every caller: building and wrapping them
 * cost more than many a call made through them.
 */
const clients = new WeakMap<Node, Map<string, NamespacedClient>>();

function namespaced(node: Node, namespace: string): NamespacedClient {
  let made = clients.get(node);
  if (!made) clients.set(node, (made = new Map()));
  let client = made.get(namespace);
  if (!client) {
    // Namespaces are few; names typed wrongly one after another should not pile up.
    if (made.size >= 64) made.clear();
    made.set(namespace, (client = newNamespaced(node, namespace)));
  }
  return client;
}

function newNamespaced(node: Node, namespace: string): NamespacedClient {
  const ctx: ClientContext = { node, namespace };
  // Every service call records its crossing into containerd (trace/call-path.ts).
  return tracedApi(node, 'containerd', {
    namespace,
    images: imagesApi(ctx),
    content: contentApi(ctx),
    diff: diffApi(ctx),
    containers: containersApi(ctx),
    tasks: tasksApi(ctx),
    snapshots: snapshotsApi(ctx),
    leases: leasesApi(ctx),
    events: eventsApi(ctx),
    transfer: transferApi(ctx),
  });
}

/** The client of containerd on `node`. Dialing (is the daemon up?, dial.ts) is the caller's first call. */
export function connect(node: Node): ContainerdClient {
  const root: ClientContext = { node, namespace: '' };
  return {
    namespaces: tracedApi(node, 'containerd', namespacesApi(root), 0),
    introspection: tracedApi(node, 'containerd', introspectionApi(root), 0),
    withNamespace: (namespace) => namespaced(node, namespace),
  };
}
