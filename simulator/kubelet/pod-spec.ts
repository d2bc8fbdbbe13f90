// The part of a v1 Pod a static pod manifest may use here, as the kubelet's decoder leaves it
// after defaulting (k8s.io/api/core/v1 names, JSON field names). Fields the simulation does
// not act on (volumes, probes, resources beyond the QoS class) are kept but ignored.

export interface EnvVar {
  name: string;
  value?: string;
}

interface ContainerPort {
  name?: string;
  containerPort: number;
  hostPort?: number;
  hostIP?: string;
  protocol?: 'TCP' | 'UDP' | 'SCTP';
}

export interface VolumeMount {
  name: string;
  mountPath: string;
  readOnly?: boolean;
}

/** The two volume sources a static pod on a lone node can use (others need an API server). */
export interface Volume {
  name: string;
  hostPath?: { path: string; type?: string };
  emptyDir?: Record<string, never>;
}

export type PullPolicy = 'Always' | 'IfNotPresent' | 'Never';
export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';

export interface PodContainer {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  workingDir?: string;
  env?: EnvVar[];
  ports?: ContainerPort[];
  volumeMounts?: VolumeMount[];
  imagePullPolicy: PullPolicy;
  terminationMessagePath: string;
  terminationMessagePolicy: string;
  resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
  securityContext?: { privileged?: boolean; runAsUser?: number; runAsGroup?: number; readOnlyRootFilesystem?: boolean };
  tty?: boolean;
  stdin?: boolean;
  stdinOnce?: boolean;
}

export interface Pod {
  metadata: {
    name: string;
    namespace: string;
    uid: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
  };
  spec: {
    /** Run one after another to success before the containers start. */
    initContainers?: PodContainer[];
    containers: PodContainer[];
    volumes?: Volume[];
    restartPolicy: RestartPolicy;
    hostNetwork: boolean;
    terminationGracePeriodSeconds: number;
    dnsPolicy: string;
    hostname?: string;
    subdomain?: string;
  };
}

/** format.Pod: how the kubelet names a pod in messages, `name_namespace(uid)`. */
export function podDescription(pod: Pod): string {
  return `${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`;
}

/** klog.KObj(pod): `namespace/name`. */
export function podRef(pod: Pod): string {
  return `${pod.metadata.namespace}/${pod.metadata.name}`;
}
