// What every call through the client carries: the node it dials and the namespace of the
// request, as a Go client's ctx carries namespaces.WithNamespace. The services check the
// namespace themselves (namespaces.NamespaceRequired); a client never does.

import type { Node } from '../../node';
import { wrapf } from '../../errdefs/errdefs';
import { validateRequestNamespace } from '../namespaces/identifier';

export interface ClientContext {
  readonly node: Node;
  /** The request's namespace, possibly empty or invalid: the service decides. */
  readonly namespace: string;
}

/**
 * The daemon-side check of a namespaced request, with the service's own context in front
 * (`failed to list images: namespace is required: failed precondition`). Returns the namespace.
 */
export function namespaceRequired(ctx: ClientContext, context?: string): string {
  try {
    validateRequestNamespace(ctx.namespace);
  } catch (err) {
    if (context === undefined) throw err;
    throw wrapf(err, context);
  }
  return ctx.namespace;
}
