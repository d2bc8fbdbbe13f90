/** Where nerdctl's release tarball puts it (the tool entry's path and nerdctl's exePath). */
export const NERDCTL_PATH = '/usr/local/bin/nerdctl';
