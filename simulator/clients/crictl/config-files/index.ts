// crictl's config files (pod and container configs), read as crictl 1.26.0 reads them.

export { loadContainerConfig, loadPodSandboxConfig } from './load-config';
