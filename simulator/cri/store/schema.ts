// The CRI plugin's own saved state (its root dir on a real node, /var/lib/containerd/
// io.containerd.grpc.v1.cri): sandboxes and containers by id. Everything else it shows comes
// from containerd through the client, in namespace k8s.io.

import { keyedBy, shape, v } from '../../schema/kit';
import { CriContainerRecordSchema } from './container-record';
import { SandboxRecordSchema } from './sandbox-record';
import { CriRegistryConfigSchema } from '../registry/registry-config-schema';
import { CriPluginSettingsSchema } from '../config/plugin-settings-schema';

const id64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

export const CriStateSchema = shape({
  sandboxes: keyedBy('id', id64, SandboxRecordSchema),
  containers: keyedBy('id', id64, CriContainerRecordSchema),
  /** The registry settings containerd read from config.toml when it last started (absent: none). */
  registry: v.optional(CriRegistryConfigSchema),
  /** The plugin's other settings containerd read then, when they are not the stock ones. */
  settings: v.optional(CriPluginSettingsSchema),
});

export type CriState = v.InferOutput<typeof CriStateSchema>;

export function emptyCriState(): CriState {
  return { sandboxes: {}, containers: {} };
}
