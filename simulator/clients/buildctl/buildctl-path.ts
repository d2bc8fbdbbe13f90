/** Where buildkit's release tarball puts buildctl (the tool entry's path). */
export const BUILDCTL_PATH = '/usr/local/bin/buildctl';
