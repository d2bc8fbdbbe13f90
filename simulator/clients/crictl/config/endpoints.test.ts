// Facts from cri-tools v1.26.0 cmd/crictl/main.go:57-132 and cmd/crictl/util.go:31.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNTIME_ENDPOINTS, imageEndpointPlan, runtimeEndpointPlan, type CrictlSettings } from './index';

const base: CrictlSettings = {
  runtimeEndpoint: '',
  runtimeEndpointIsSet: false,
  imageEndpoint: '',
  imageEndpointIsSet: false,
  timeoutNs: 2e9,
  debug: false,
  pullImageOnCreate: false,
  disablePullOnRun: false,
};

const LIST = '[unix:///var/run/dockershim.sock unix:///run/containerd/containerd.sock unix:///run/crio/crio.sock unix:///var/run/cri-dockerd.sock]';

describe('endpoint plans', () => {
  it('falls back to the v1.26 default list, dockershim first, with the deprecation warning (main.go:72-75, 109-112)', () => {
    expect(DEFAULT_RUNTIME_ENDPOINTS[0]).toBe('unix:///var/run/dockershim.sock');
    expect(runtimeEndpointPlan(base)).toEqual({
      kind: 'defaults',
      endpoints: DEFAULT_RUNTIME_ENDPOINTS,
      warning: `runtime connect using default endpoints: ${LIST}. As the default settings are now deprecated, you should set the endpoint instead.`,
      debugNote:
        'Note that performance maybe affected as each default connection attempt takes n-seconds to complete before timing out and going to the next in sequence.',
    });
    const image = imageEndpointPlan(base);
    expect(image.kind === 'defaults' && image.warning).toBe(
      `image connect using default endpoints: ${LIST}. As the default settings are now deprecated, you should set the endpoint instead.`,
    );
  });

  it('uses a configured runtime endpoint for images too when no image endpoint is set (main.go:98-104)', () => {
    const s = { ...base, runtimeEndpoint: 'unix:///r.sock', runtimeEndpointIsSet: true };
    expect(runtimeEndpointPlan(s)).toEqual({ kind: 'configured', endpoint: 'unix:///r.sock' });
    expect(imageEndpointPlan(s)).toEqual({ kind: 'configured', endpoint: 'unix:///r.sock' });
    expect(imageEndpointPlan({ ...s, imageEndpoint: 'unix:///i.sock', imageEndpointIsSet: true })).toEqual({ kind: 'configured', endpoint: 'unix:///i.sock' });
  });

  it('fails when an endpoint is set to the empty string (main.go:58-59, 99-100)', () => {
    const s = { ...base, runtimeEndpointIsSet: true };
    expect(runtimeEndpointPlan(s)).toEqual({ kind: 'unset', error: '--runtime-endpoint is not set' });
    expect(imageEndpointPlan(s)).toEqual({ kind: 'unset', error: '--image-endpoint is not set' });
  });

  it('uses defaults for images when only an empty image endpoint was set and no runtime endpoint', () => {
    expect(imageEndpointPlan({ ...base, imageEndpointIsSet: true }).kind).toBe('defaults');
  });
});
