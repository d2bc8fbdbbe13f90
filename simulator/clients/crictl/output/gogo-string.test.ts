// gogo-protobuf's generated String() (k8s.io/cri-api v0.26.0 api.pb.go), as crictl's --debug
// lines and the CRI client's klog lines print messages.
import { describe, expect, it } from 'vitest';
import { gogoString } from './gogo-string';

describe('gogoString', () => {
  it('prints fields in proto order with Go names, nested messages, nil, maps and lists', () => {
    expect(gogoString('VersionRequest', { version: 'v1' })).toBe('&VersionRequest{Version:v1,}');
    expect(gogoString('ContainerFilter', { state: { state: 'CONTAINER_RUNNING' } })).toBe(
      '&ContainerFilter{Id:,State:&ContainerStateValue{State:CONTAINER_RUNNING,},PodSandboxId:,LabelSelector:map[string]string{},}',
    );
    expect(gogoString('PodSandboxFilter', { labelSelector: { b: '2', a: '1' } })).toBe('&PodSandboxFilter{Id:,State:nil,LabelSelector:map[string]string{a: 1,b: 2,},}');
    expect(gogoString('Image', { id: 'sha256:1', repoTags: ['a:1', 'b:2'], size: '5' })).toBe(
      '&Image{Id:sha256:1,RepoTags:[a:1 b:2],RepoDigests:[],Size_:5,Uid:nil,Username:,Spec:nil,Pinned:false,}',
    );
    expect(gogoString('ListPodSandboxResponse', { items: [] })).toBe('&ListPodSandboxResponse{Items:[]*PodSandbox{},}');
    expect(gogoString('StatusRequest', undefined)).toBe('nil');
  });
});
