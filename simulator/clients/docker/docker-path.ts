/** Where Debian's docker.io installs the client (the tool entry's path, tools/docker.ts). */
export const DOCKER_PATH = '/usr/bin/docker';
