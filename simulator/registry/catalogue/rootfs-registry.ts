// The layers docker-library's registry:2 image (distribution 2.8.3 on alpine) adds on its
// base: ca-certificates, the registry binary, the example config and the entrypoint script
// (docker-library/docker-registry, 2/Dockerfile, config-example.yml, docker-entrypoint.sh).

import { TreeBuilder, type FileTree } from './file-tree';

/** registry's config-example.yml as the image copies it to /etc/docker/registry/config.yml. */
const REGISTRY_CONFIG = `version: 0.1
log:
  fields:
    service: registry
storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
`;

/** The image's /entrypoint.sh: a config file as first argument means `registry serve <file>`. */
const ENTRYPOINT = `#!/bin/sh

set -e

case "$1" in
    *.yaml|*.yml) set -- registry serve "$@" ;;
    serve|garbage-collect|help|-*) set -- registry "$@" ;;
esac

exec "$@"
`;

export function registryLayers(): FileTree[] {
  const certs = new TreeBuilder()
    .file('/etc/ssl/certs/ca-certificates.crt', '# Mozilla CA bundle (ca-certificates 20241121-r1)\n')
    .dir('/usr/share/ca-certificates/mozilla')
    .binary('/usr/bin/c_rehash', 6_284).files;
  const binary = new TreeBuilder().binary('/bin/registry', 22_794_240).files;
  const config = new TreeBuilder().file('/etc/docker/registry/config.yml', REGISTRY_CONFIG).files;
  const entry = new TreeBuilder().file('/entrypoint.sh', ENTRYPOINT, 0o755).files;
  return [certs, binary, config, entry];
}
