// The client's namespaces calls: client.NamespaceService() (namespaces.Store: Create, Labels,
// SetLabel, List, Delete). Not itself namespaced, but a request still carries the namespace
// of its context, and the service publishes create and update events there.

import { createNamespace, deleteNamespace, getNamespace, listNamespaces, setNamespaceLabel } from '../namespaces/namespaces';
import type { ClientContext } from './context';

export function namespacesApi(ctx: ClientContext) {
  const { node } = ctx;
  return {
    /** List(): names in byte order. */
    list(): string[] {
      return listNamespaces(node);
    },

    /** Labels(name): the namespace's labels; empty for one that does not exist. */
    labels(name: string): Record<string, string> {
      return ({ ...(getNamespace(node, name)?.labels ?? {}) });
    },

    /**
     * Create(name, labels) from a request in `requestNamespace`. Throws invalidArgument (name,
     * label), alreadyExists. Publishes /namespaces/create in the request's namespace.
     */
    create(name: string, labels: Record<string, string>, requestNamespace: string = ctx.namespace): void {
      createNamespace(node, name, labels, requestNamespace);
    },

    /**
     * SetLabel(name, key, value); an empty value clears it, a missing namespace is created.
     * Throws unknown `key required`, invalidArgument. Publishes /namespaces/update.
     */
    setLabel(name: string, key: string, value: string, requestNamespace: string = ctx.namespace): void {
      setNamespaceLabel(node, name, key, value, requestNamespace);
    },

    /**
     * Delete(name) of an empty namespace. Throws notFound, failedPrecondition naming what it
     * still holds. Publishes /namespaces/delete inside it.
     */
    delete(name: string): void {
      deleteNamespace(node, name);
    },
  };
}

export type NamespacesApi = ReturnType<typeof namespacesApi>;
