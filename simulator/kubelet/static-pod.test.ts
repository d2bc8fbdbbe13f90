// The file source's decoding of one manifest (pkg/kubelet/config/common.go, file.go v1.26):
// names, UIDs, defaults and the kubelet's error texts.

import { describe, expect, it } from 'vitest';
import { decodeStaticPod } from './static-pod';

const PATH = '/etc/kubernetes/manifests/web.yaml';
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n';

function ok(text: string) {
  const r = decodeStaticPod(text, PATH, 'node1');
  if (!r.ok) throw new Error(r.error);
  return r.pod;
}

function error(text: string): string {
  const r = decodeStaticPod(text, PATH, 'node1');
  if (r.ok) throw new Error('decoded');
  return r.error;
}

describe('decodeStaticPod', () => {
  it('suffixes the node name, defaults the namespace and hashes an md5 UID from node, path and pod', () => {
    const pod = ok(POD);
    expect(pod.metadata.name).toBe('web-node1');
    expect(pod.metadata.namespace).toBe('default');
    expect(pod.metadata.uid).toMatch(/^[0-9a-f]{32}$/);
    expect(pod.metadata.annotations).toEqual({ 'kubernetes.io/config.hash': pod.metadata.uid, 'kubernetes.io/config.source': 'file' });
    expect(ok(POD).metadata.uid).toBe(pod.metadata.uid);
    expect(decodeStaticPod(POD, '/etc/kubernetes/manifests/other.yaml', 'node1')).not.toMatchObject({ pod: { metadata: { uid: pod.metadata.uid } } });
    expect(ok(POD.replace('image: nginx', 'image: nginx:1.25')).metadata.uid).not.toBe(pod.metadata.uid);
    expect(ok(POD.replace('  name: web\nspec', '  name: web\n  uid: fixed\nspec')).metadata.uid).toBe('fixed');
  });

  it('applies the API defaults: Always for latest or untagged images, 30 s grace, restartPolicy Always', () => {
    const pod = ok(POD);
    expect(pod.spec).toMatchObject({ restartPolicy: 'Always', terminationGracePeriodSeconds: 30, hostNetwork: false, dnsPolicy: 'ClusterFirst' });
    expect(pod.spec.containers[0]).toMatchObject({ imagePullPolicy: 'Always', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File' });
    expect(ok(POD.replace('image: nginx', 'image: nginx:1.25')).spec.containers[0]?.imagePullPolicy).toBe('IfNotPresent');
    expect(ok(POD.replace('image: nginx', 'image: registry:5000/nginx')).spec.containers[0]?.imagePullPolicy).toBe('Always');
    expect(ok(`{"apiVersion":"v1","kind":"Pod","metadata":{"name":"j","namespace":"kube-system"},"spec":{"restartPolicy":"Never","containers":[{"name":"c","image":"busybox:1.36"}]}}`)).toMatchObject({
      metadata: { name: 'j-node1', namespace: 'kube-system' },
      spec: { restartPolicy: 'Never' },
    });
  });

  it('words a file that is not a Pod as the file source does', () => {
    expect(error('apiVersion: v1\nkind: Pod\nmetadata;\n  name: x\n')).toMatch(/^\/etc\/kubernetes\/manifests\/web\.yaml: couldn't parse as pod\(yaml: line \d+: .+\), please check config file$/);
    expect(error('apiVersion: apps/v1\nkind: Deployment\n')).toBe(
      `${PATH}: couldn't parse as pod(no kind "Deployment" is registered for version "apps/v1" in scheme "pkg/api/legacyscheme/scheme.go:30"), please check config file`,
    );
    expect(error('metadata:\n  name: x\n')).toBe(`${PATH}: couldn't parse as pod(Object 'Kind' is missing in '{"metadata":{"name":"x"}}'), please check config file`);
    expect(error('')).toBe(`${PATH}: couldn't parse as pod(Object 'Kind' is missing in 'null'), please check config file`);
  });

  it('refuses an invalid Pod with the validation errors', () => {
    expect(error('apiVersion: v1\nkind: Pod\nspec: {}\n')).toBe('invalid pod: name is needed for the pod');
    expect(error('apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec: {}\n')).toBe('invalid pod: [spec.containers: Required value]');
    expect(error(POD.replace('image: nginx', 'image: ""'))).toBe('invalid pod: [spec.containers[0].image: Required value]');
    expect(error(POD.replace('spec:\n', 'spec:\n  restartPolicy: Sometimes\n'))).toContain('spec.restartPolicy: Unsupported value: "Sometimes"');
  });
});

describe('volumes', () => {
  const WITH_VOLUMES = `${POD}    volumeMounts:\n    - name: html\n      mountPath: /usr/share/nginx/html\n      readOnly: true\n    - name: scratch\n      mountPath: /tmp\n  volumes:\n  - name: html\n    hostPath:\n      path: /srv/html\n      type: DirectoryOrCreate\n  - name: scratch\n    emptyDir: {}\n`;

  it('takes hostPath and emptyDir volumes and their mounts', () => {
    const pod = ok(WITH_VOLUMES);
    expect(pod.spec.volumes).toEqual([
      { name: 'html', hostPath: { path: '/srv/html', type: 'DirectoryOrCreate' } },
      { name: 'scratch', emptyDir: {} },
    ]);
    expect(pod.spec.containers[0]?.volumeMounts).toEqual([
      { name: 'html', mountPath: '/usr/share/nginx/html', readOnly: true },
      { name: 'scratch', mountPath: '/tmp' },
    ]);
  });

  it('refuses a mount of a volume the pod does not declare', () => {
    expect(error(WITH_VOLUMES.replace('- name: scratch\n      mountPath', '- name: nope\n      mountPath'))).toBe(
      'invalid pod: [spec.containers[0].volumeMounts[1].name: Not found: "nope"]',
    );
  });
});

describe('init containers', () => {
  it('are decoded before the containers, and share their name space', () => {
    const withInit = POD.replace('spec:\n', 'spec:\n  initContainers:\n  - name: setup\n    image: busybox:1.36\n');
    expect(ok(withInit).spec.initContainers?.map((c) => c.name)).toEqual(['setup']);
    expect(error(withInit.replace('name: setup', 'name: web'))).toBe('invalid pod: [spec.containers[0].name: Duplicate value: "web"]');
  });
});
