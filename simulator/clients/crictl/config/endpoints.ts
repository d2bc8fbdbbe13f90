// Which CRI endpoint crictl 1.26.0 dials for the runtime and the image service, and the
// deprecation warning it logs when none is configured (cmd/crictl/main.go:57-132@v1.26.0).
// Only the decision lives here; dialing, the per-endpoint ERRO lines and logrus formatting
// (`WARN[0000] …`) belong to the command.

import type { CrictlSettings } from './settings';

/** util.go:31@v1.26.0 — dockershim still comes first in 1.26 (later releases dropped it). */
export const DEFAULT_RUNTIME_ENDPOINTS: readonly string[] = [
  'unix:///var/run/dockershim.sock',
  'unix:///run/containerd/containerd.sock',
  'unix:///run/crio/crio.sock',
  'unix:///var/run/cri-dockerd.sock',
];

/** Logged at debug level right after the warning (main.go:76-78@v1.26.0). */
const DEFAULT_ENDPOINTS_DEBUG_NOTE =
  'Note that performance maybe affected as each default connection attempt takes n-seconds to complete before timing out and going to the next in sequence.';

export type EndpointPlan =
  /** Fatal before any dial: the endpoint was set, but to the empty string. */
  | { kind: 'unset'; error: string }
  | { kind: 'configured'; endpoint: string }
  /** Try each in order, the first that connects wins; `warning` is logged first, then `debugNote` with --debug. */
  | { kind: 'defaults'; endpoints: readonly string[]; warning: string; debugNote: string };

function defaultsPlan(service: 'runtime' | 'image'): EndpointPlan {
  // Go's %v of a []string: `[a b c]`.
  const list = `[${DEFAULT_RUNTIME_ENDPOINTS.join(' ')}]`;
  const warning = `${service} connect using default endpoints: ${list}. As the default settings are now deprecated, you should set the endpoint instead.`;
  return { kind: 'defaults', endpoints: DEFAULT_RUNTIME_ENDPOINTS, warning, debugNote: DEFAULT_ENDPOINTS_DEBUG_NOTE };
}

/** getRuntimeService's choice. */
export function runtimeEndpointPlan(settings: CrictlSettings): EndpointPlan {
  if (settings.runtimeEndpointIsSet && settings.runtimeEndpoint === '') return { kind: 'unset', error: '--runtime-endpoint is not set' };
  if (!settings.runtimeEndpointIsSet) return defaultsPlan('runtime');
  return { kind: 'configured', endpoint: settings.runtimeEndpoint };
}

/** getImageService's choice: with no image endpoint it follows the runtime endpoint, set or not. */
export function imageEndpointPlan(settings: CrictlSettings): EndpointPlan {
  let endpoint = settings.imageEndpoint;
  let isSet = settings.imageEndpointIsSet;
  if (endpoint === '') {
    if (settings.runtimeEndpointIsSet && settings.runtimeEndpoint === '') return { kind: 'unset', error: '--image-endpoint is not set' };
    endpoint = settings.runtimeEndpoint;
    isSet = settings.runtimeEndpointIsSet;
  }
  if (!isSet) return defaultsPlan('image');
  return { kind: 'configured', endpoint };
}
