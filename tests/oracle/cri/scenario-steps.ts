// The building blocks of the CRI oracle's scenarios: a host-network pod config, a busybox
// container config, and the steps most scenarios repeat (import the test images, start and wait,
// what ctr -n k8s.io shows).

import { CRI_FILES } from './real-cri-run';
import type { Step } from './scenario';

export const BUSYBOX = 'docker.io/library/busybox:latest';
export const LOGS = `${CRI_FILES}/logs`;

export function podConfig(name: string, uid: string): Record<string, unknown> {
  return {
    metadata: { name, uid, namespace: 'default', attempt: 1 },
    logDirectory: `${LOGS}/default_${name}_${uid}`,
    labels: { app: name },
    annotations: { 'ctrlab.example/note': 'oracle' },
    linux: { securityContext: { namespaceOptions: { network: 'NODE' } } },
  };
}

export function containerConfig(name: string, command: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    metadata: { name, attempt: 0 },
    image: { image: BUSYBOX },
    command,
    logPath: `${name}.log`,
    labels: { tier: 'test' },
    annotations: { 'ctrlab.example/container': name },
    ...extra,
  };
}

/** CreateContainer of `config` in sandbox `pod` (an id or `$name`), made from `sandboxConfig`; its id kept as `$as`. */
export function createContainer(pod: string, sandboxConfig: Record<string, unknown>, config: Record<string, unknown>, as?: string): Step {
  return { rpc: 'CreateContainer', req: { podSandboxId: pod, config, sandboxConfig }, ...(as === undefined ? {} : { as }) };
}

/** StartContainer of `$name`, then a wait until it is in `state`. */
export const startAndWait = (name: string, state: Extract<Step, { waitFor: string }>['state']): Step[] => [
  { rpc: 'StartContainer', req: { containerId: `$${name}` } },
  { waitFor: `$${name}`, state },
];

export const importImages: Step[] = [
  { ctr: `ctr -n k8s.io images import ${CRI_FILES}/pause-oci.tar` },
  { ctr: `ctr -n k8s.io images import ${CRI_FILES}/busybox-oci.tar` },
];

export const ctrView = (label: string): Step[] => [
  { ctr: `ctr -n k8s.io containers ls # ${label}` },
  { ctr: `ctr -n k8s.io tasks ls # ${label}` },
  { ctr: `ctr -n k8s.io snapshots ls # ${label}` },
  { ctr: `ctr -n k8s.io leases ls # ${label}` },
];

/** A container of sandbox `$pod` made from `config`, started and run to its end, then its status and its log file. */
export const runToExitSteps = (sandboxConfig: Record<string, unknown>, logOf: (container: string) => string, name: string, config: Record<string, unknown>): Step[] => [
  createContainer('$pod', sandboxConfig, config, name),
  ...startAndWait(name, 'CONTAINER_EXITED'),
  { rpc: 'ContainerStatus', req: { containerId: `$${name}` } },
  { readFile: logOf(name) },
];
