/** Where the notes' cri-tools tarball puts crictl (the tool entry's path and crictl's exePath). */
export const CRICTL_PATH = '/usr/bin/crictl';
