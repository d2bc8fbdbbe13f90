// The container metadata the CRI plugin stores on the containerd container as an extension
// (pkg/cri/store/container/metadata.go: versioned JSON, containerd 1.6.20), which is what
// `ctr -n k8s.io containers info` shows under Extensions: the Any's type URL and the JSON as
// base64 (Go's []byte), the config in Go's encoding/json form.

import { containerConfigGoJson } from '../api/config-go-json';

const CONTAINER_METADATA_EXTENSION = 'io.cri-containerd.container.metadata';
const TYPE_URL = 'github.com/containerd/cri/pkg/store/container/Metadata';

/** json.Marshal's string escaping over JSON.stringify's: HTML characters, \b \f, U+2028/9. */
export function goJsonMarshal(value: unknown): string {
  return JSON.stringify(value)
    .replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\\b/g, '\\u0008')
    .replace(/\\f/g, '\\u000c');
}

/** Standard base64 of the UTF-8 bytes of `text`. */
export function base64Utf8(text: string): string {
  // ASCII text is its own UTF-8: btoa takes it as it is, without a string built byte by byte.
  if (/^[\x00-\x7f]*$/.test(text)) return btoa(text);
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export interface ContainerMetadata {
  id: string;
  name: string;
  sandboxId: string;
  config: Record<string, unknown>;
  imageRef: string;
  logPath: string;
  stopSignal: string;
}

/** containerd.WithContainerExtension(containerMetadataExtension, &meta). */
export function metadataExtension(meta: ContainerMetadata): Record<string, { type_url: string; value: string }> {
  const json = goJsonMarshal({
    Version: 'v1',
    Metadata: {
      ID: meta.id,
      Name: meta.name,
      SandboxID: meta.sandboxId,
      Config: containerConfigGoJson(meta.config),
      ImageRef: meta.imageRef,
      LogPath: meta.logPath,
      StopSignal: meta.stopSignal,
      ProcessLabel: '',
    },
  });
  return { [CONTAINER_METADATA_EXTENSION]: { type_url: TYPE_URL, value: base64Utf8(json) } };
}
