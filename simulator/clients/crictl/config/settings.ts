// crictl 1.26.0's global settings: the config file, the global flags and their environment
// variables, merged as app.Before does (cmd/crictl/main.go:219-288@v1.26.0). Flags win over the
// file; the file only counts for what it sets; a broken config file is fatal only when the user
// named it (--config or CRI_CONFIG_FILE) — the default /etc/crictl.yaml is ignored silently
// when missing or invalid.

import type { Files } from '../../../host/vfs';
import { CrictlConfigError, DEFAULT_CONFIG_PATH, loadConfigFile, type CrictlFileConfig } from './config-file';

const SECOND_NS = 1_000_000_000;
/** main.go:36@v1.26.0: `--timeout` defaults to 2s. */
const DEFAULT_TIMEOUT_NS = 2 * SECOND_NS;

/** The global flags as parsed from the command line; undefined = not given there. */
interface CrictlGlobalFlags {
  config?: string;
  runtimeEndpoint?: string;
  imageEndpoint?: string;
  /** A parsed Go duration, in nanoseconds. */
  timeoutNs?: number;
  debug?: boolean;
}

export interface CrictlSettings {
  runtimeEndpoint: string;
  /** False means "no endpoint configured": crictl falls back to its default list with a warning. */
  runtimeEndpointIsSet: boolean;
  imageEndpoint: string;
  imageEndpointIsSet: boolean;
  timeoutNs: number;
  debug: boolean;
  pullImageOnCreate: boolean;
  disablePullOnRun: boolean;
}

export interface SettingsInput {
  files: Files;
  flags: CrictlGlobalFlags;
  env: Readonly<Record<string, string | undefined>>;
  /** Where the crictl binary lives; its directory is the config file's fallback location. */
  exePath: string;
  cwd?: string;
}

/** Settings, or the error logrus.Fatal prints (`FATA[0000] <message>`, exit 1). */
export type SettingsResult = { ok: true; settings: CrictlSettings } | { ok: false; error: CrictlConfigError };

/**
 * A urfave/cli v2 string flag with an env var: the flag, else the variable if it exists at
 * all (an empty value still counts as set).
 */
function flagOrEnv(flag: string | undefined, env: SettingsInput['env'], name: string): string | undefined {
  return flag ?? env[name];
}

export function resolveCrictlSettings(input: SettingsInput): SettingsResult {
  const { flags, env } = input;
  const configFlag = flagOrEnv(flags.config, env, 'CRI_CONFIG_FILE');
  let file: CrictlFileConfig | undefined;
  try {
    file = loadConfigFile(input.files, configFlag ?? DEFAULT_CONFIG_PATH, input.exePath, input.cwd);
  } catch (err) {
    if (!(err instanceof CrictlConfigError)) throw err;
    if (configFlag !== undefined) return { ok: false, error: err };
  }
  const runtimeFlag = flagOrEnv(flags.runtimeEndpoint, env, 'CONTAINER_RUNTIME_ENDPOINT');
  const imageFlag = flagOrEnv(flags.imageEndpoint, env, 'IMAGE_SERVICE_ENDPOINT');
  const fileRuntime = file?.runtimeEndpoint ?? '';
  const fileImage = file?.imageEndpoint ?? '';
  const fileTimeout = file?.timeoutSeconds ?? 0;

  let timeoutNs = DEFAULT_TIMEOUT_NS;
  // A given --timeout of 0 or less means the default; so does a file timeout of 0 or less.
  if (flags.timeoutNs !== undefined) timeoutNs = flags.timeoutNs > 0 ? flags.timeoutNs : DEFAULT_TIMEOUT_NS;
  else if (fileTimeout > 0) timeoutNs = fileTimeout * SECOND_NS;

  return {
    ok: true,
    settings: {
      runtimeEndpoint: runtimeFlag ?? fileRuntime,
      runtimeEndpointIsSet: runtimeFlag !== undefined || fileRuntime !== '',
      imageEndpoint: imageFlag ?? fileImage,
      imageEndpointIsSet: imageFlag !== undefined || fileImage !== '',
      timeoutNs,
      debug: flags.debug ?? file?.debug ?? false,
      pullImageOnCreate: file?.pullImageOnCreate ?? false,
      disablePullOnRun: file?.disablePullOnRun ?? false,
    },
  };
}
