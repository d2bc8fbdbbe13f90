// The CRI plugin's settings besides the registry as the running daemon holds them (read from
// config.toml at its start: plugin-settings.ts), saved with the plugin's state.

import { shape, v } from '../../schema/kit';

export const CriPluginSettingsSchema = shape({
  sandboxImage: v.string(),
  /** plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options.SystemdCgroup */
  systemdCgroup: v.boolean(),
  /**
   * SystemdCgroup's value when it is not a bool: runc's options are a free map to the plugin
   * (containerd starts, Status shows it), decoded for runc only when a sandbox is run.
   */
  systemdCgroupRaw: v.optional(v.union([v.string(), v.number()])),
});

export type CriPluginSettings = v.InferOutput<typeof CriPluginSettingsSchema>;
