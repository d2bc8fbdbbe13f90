// ctr names every delete verb alike (containers, content, images, leases, snapshots, tasks):
// `delete`, also answering to del, remove and rm. `namespaces remove` (alias rm) is the one
// exception and keeps its own names.

/** The name and aliases of a ctr delete verb, spread into its spec. */
export const DELETE_VERB_NAMES = { name: 'delete', aliases: ['del', 'remove', 'rm'] } as const;
