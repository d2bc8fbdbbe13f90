// GET /version (moby 20.10 api/server/router/system: types.Version): the engine and the
// components it reports, as Debian's docker.io 20.10.24+dfsg1 on bookworm's containerd and runc
// answers (conformance 10-docker-engine: `docker version`).

import { KERNEL_RELEASE } from '../../host/kernel';
import { CONTAINERD_PACKAGE, DOCKER_ENGINE_PACKAGE, RUNC_PACKAGE } from '../../host/installed-versions';

interface ComponentVersion {
  Name: string;
  Version: string;
  Details: Record<string, string>;
}

export interface ServerVersion {
  Platform: { Name: string };
  Components: ComponentVersion[];
  Version: string;
  ApiVersion: string;
  MinAPIVersion: string;
  GitCommit: string;
  GoVersion: string;
  Os: string;
  Arch: string;
  KernelVersion: string;
  Experimental: boolean;
  BuildTime: string;
}

export const ENGINE_VERSION = DOCKER_ENGINE_PACKAGE.version;
export const API_VERSION = '1.41';
const MIN_API_VERSION = '1.12';
const ENGINE_COMMIT = DOCKER_ENGINE_PACKAGE.commit;
export const GO_VERSION = 'go1.19.8';
/** The Debian build's date, as the recorded node printed it. */
export const BUILD_TIME = '2026-05-07T21:09:36.000000000+00:00';
/** tini, packaged as docker-init; Debian's build reports no commit. */
const INIT_VERSION = '0.19.0';

export function serverVersion(): ServerVersion {
  return {
    Platform: { Name: '' },
    Components: [
      {
        Name: 'Engine',
        Version: ENGINE_VERSION,
        Details: {
          ApiVersion: API_VERSION,
          Arch: 'amd64',
          BuildTime: BUILD_TIME,
          Experimental: 'false',
          GitCommit: ENGINE_COMMIT,
          GoVersion: GO_VERSION,
          KernelVersion: KERNEL_RELEASE,
          MinAPIVersion: MIN_API_VERSION,
          Os: 'linux',
        },
      },
      { Name: 'containerd', Version: CONTAINERD_PACKAGE.version, Details: { GitCommit: CONTAINERD_PACKAGE.revision } },
      { Name: 'runc', Version: RUNC_PACKAGE.version, Details: { GitCommit: RUNC_PACKAGE.commit } },
      { Name: 'docker-init', Version: INIT_VERSION, Details: { GitCommit: '' } },
    ],
    Version: ENGINE_VERSION,
    ApiVersion: API_VERSION,
    MinAPIVersion: MIN_API_VERSION,
    GitCommit: ENGINE_COMMIT,
    GoVersion: GO_VERSION,
    Os: 'linux',
    Arch: 'amd64',
    KernelVersion: KERNEL_RELEASE,
    Experimental: false,
    BuildTime: BUILD_TIME,
  };
}
