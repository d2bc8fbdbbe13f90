// crictl 1.26.0's configuration, for the crictl command: which settings and endpoints it uses.

export { DEFAULT_RUNTIME_ENDPOINTS, imageEndpointPlan, runtimeEndpointPlan } from './endpoints';
export { resolveCrictlSettings, type CrictlSettings, type SettingsInput } from './settings';
