// Test data crictl's command groups share: the study notes' config files (crictl section), as
// the notes write them.

/** The notes' pod-config.json (study notes, crictl section), the pod on its own network. */
export const NOTES_POD_CONFIG = `{
  "metadata": {
    "name": "nginx-sandbox",
    "namespace": "default",
    "attempt": 1,
    "uid": "hdishd83djaidwnduwk28bcsb"
  },
  "log_directory": "/tmp",
  "linux": {
  }
}`;

/**
 * The notes' pod-config.json with the pod on the node's network (namespace_options.network = 2,
 * NODE): a stock node has no CNI configuration, so a pod-network sandbox fails there
 * (`cni plugin not initialized`).
 */
export const NOTES_POD_CONFIG_NODE_NETWORK = NOTES_POD_CONFIG.replace(
  '"linux": {\n  }',
  '"linux": {\n    "security_context": { "namespace_options": { "network": 2 } }\n  }',
);
