// Remote registries' mutable part: what was pushed during the session. The built-in catalogue
// (docker.io library images, registry.k8s.io pause, harbor.mydomain.com/k8s) is code, not state.
// The schema gives both the type and the check a saved tree passes (save/node-schema.ts).

import { BlobSchema } from '../oci/blob';
import { DescriptorSchema } from '../oci/descriptor';
import { digest, keyedBy, printableName, recordOf, registryHost, shape, v } from '../schema/kit';

export const RegistryStateSchema = shape({
  /** host → repository → tag → target descriptor, for images pushed in this session. */
  pushed: recordOf(registryHost, recordOf(printableName, recordOf(printableName, DescriptorSchema))),
  /** Blobs pushed to any registry: digest → blob. */
  blobs: keyedBy('digest', digest, BlobSchema),
  /**
   * Optional: true when the node has no working DNS (the recorded conformance node): every
   * remote host then fails with `lookup <host> on 127.0.0.53:53: no such host`.
   */
  offline: v.optional(v.boolean()),
  /** Optional: local registries listening, "localhost:5000" → true (else connection refused). */
  listening: v.optional(recordOf(registryHost, v.boolean())),
});

export type RegistryState = v.InferOutput<typeof RegistryStateSchema>;
