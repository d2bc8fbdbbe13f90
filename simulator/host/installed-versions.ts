// Package versions installed on the simulated node: Debian bookworm's containerd and runc, as
// on the node the conformance transcripts were recorded on. Every version string printed by
// `ctr version`, `containerd --version` and `runc --version` comes from here.

export const CONTAINERD_PACKAGE = {
  /** Module path printed by `ctr -v` and `containerd --version`. */
  module: 'github.com/containerd/containerd',
  version: '1.6.20~ds1',
  revision: '1.6.20~ds1-1+deb12u3',
  goVersion: 'go1.19.8',
} as const;

export const RUNC_PACKAGE = {
  version: '1.1.5+ds1',
  commit: '1.1.5+ds1-1+deb12u1',
  spec: '1.0.2-dev',
  goVersion: 'go1.19.8',
  libseccomp: '2.5.4',
} as const;

/** Debian's docker.io engine: `docker version`'s Server, `dockerd --version`. */
export const DOCKER_ENGINE_PACKAGE = {
  version: '20.10.24+dfsg1',
  commit: '5d6db84',
} as const;

/** The daemon's default socket (`--address`). */
export const CONTAINERD_SOCKET = '/run/containerd/containerd.sock';

/** The kubelet package (pkgs.k8s.io's 1.26 deb): `kubelet --version`, its journal's "Kubelet version". */
export const KUBELET_VERSION = 'v1.26.15';
