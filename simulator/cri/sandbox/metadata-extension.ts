// The sandbox metadata the CRI plugin stores on the pause container as an extension
// (pkg/cri/store/sandbox/metadata.go, containerd 1.6.20: versioned JSON), which is what
// `ctr -n k8s.io containers info <pod>` shows under Extensions (the Any's type URL and the JSON
// as base64), the config in Go's encoding/json form (pod-lifecycle.json, "containers info $pod").

import { base64Utf8, goJsonMarshal } from '../container/metadata-extension';
import type { CriContext } from '../context';
import type { SandboxRecord } from '../store/sandbox-record';
import { sandboxConfigGoJson } from '../api/config-go-json';
import { cniResultOf } from './pod-network';

const SANDBOX_METADATA_EXTENSION = 'io.cri-containerd.sandbox.metadata';
const TYPE_URL = 'github.com/containerd/cri/pkg/store/sandbox/Metadata';

/** containerd.WithContainerExtension(sandboxMetadataExtension, &sandbox.Metadata). */
export function sandboxMetadataExtension(ctx: CriContext, record: Pick<SandboxRecord, 'id' | 'name' | 'config' | 'netnsPath' | 'ip' | 'runtimeHandler'>) {
  const json = goJsonMarshal({
    Version: 'v1',
    Metadata: {
      ID: record.id,
      Name: record.name,
      Config: sandboxConfigGoJson(record.config),
      NetNSPath: record.netnsPath,
      IP: record.ip,
      AdditionalIPs: null,
      RuntimeHandler: record.runtimeHandler,
      CNIResult: cniResultOf(ctx, record),
      ProcessLabel: '',
    },
  });
  return { [SANDBOX_METADATA_EXTENSION]: { type_url: TYPE_URL, value: base64Utf8(json) } };
}
