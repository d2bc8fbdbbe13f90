// crictl 1.26.0's configuration, for the crictl command: which settings and endpoints it uses.

export { CrictlConfigError, DEFAULT_CONFIG_PATH, parseConfigText, type CrictlFileConfig } from './config-file';
export { DEFAULT_ENDPOINTS_DEBUG_NOTE, DEFAULT_RUNTIME_ENDPOINTS, imageEndpointPlan, runtimeEndpointPlan, type EndpointPlan } from './endpoints';
export { DEFAULT_TIMEOUT_NS, resolveCrictlSettings, type CrictlGlobalFlags, type CrictlSettings, type SettingsInput, type SettingsResult } from './settings';
