// Remote registries' mutable part: what was pushed during the session. The built-in catalogue
// (docker.io library images, registry.k8s.io pause, harbor.mydomain.com/k8s) is code, not state.

import type { Blob } from '../oci/blob';
import type { Descriptor } from '../oci/descriptor';

export interface RegistryState {
  /** host → repository → tag → target descriptor, for images pushed in this session. */
  pushed: Record<string, Record<string, Record<string, Descriptor>>>;
  /** Blobs pushed to any registry: digest → blob. */
  blobs: Record<string, Blob>;
  /**
   * Optional: true when the node has no working DNS (the recorded conformance node): every
   * remote host then fails with `lookup <host> on 127.0.0.53:53: no such host`.
   */
  offline?: boolean;
  /** Optional: local registries listening, "localhost:5000" → true (else connection refused). */
  listening?: Record<string, boolean>;
}
