// The docker CLI's root flags (docker/cli 20.10 cli/flags/common.go and cmd/docker/docker.go),
// with the help texts `docker --help` printed on the recorded node.

import type { FlagSpec } from '../../cli/spec';

export const rootFlags: FlagSpec[] = [
  { names: ['config'], kind: 'string', usage: 'Location of client config files', value: '/root/.docker' },
  {
    names: ['context', 'c'],
    kind: 'string',
    usage: 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")',
  },
  { names: ['debug', 'D'], kind: 'bool', usage: 'Enable debug mode' },
  { names: ['host', 'H'], kind: 'stringArray', typeName: 'list', usage: 'Daemon socket(s) to connect to' },
  { names: ['log-level', 'l'], kind: 'string', usage: 'Set the logging level ("debug"|"info"|"warn"|"error"|"fatal")', value: 'info' },
  { names: ['tls'], kind: 'bool', usage: 'Use TLS; implied by --tlsverify' },
  { names: ['tlscacert'], kind: 'string', usage: 'Trust certs signed only by this CA', value: '/root/.docker/ca.pem' },
  { names: ['tlscert'], kind: 'string', usage: 'Path to TLS certificate file', value: '/root/.docker/cert.pem' },
  { names: ['tlskey'], kind: 'string', usage: 'Path to TLS key file', value: '/root/.docker/key.pem' },
  { names: ['tlsverify'], kind: 'bool', usage: 'Use TLS and verify the remote' },
  { names: ['version', 'v'], kind: 'bool', usage: 'Print version information and quit' },
  // cli/cobra.go: a persistent --help, hidden, whose -h prints a deprecation notice.
  { names: ['help', 'h'], kind: 'bool', usage: 'Print usage', hidden: true, persistent: true, shorthandDeprecated: 'please use --help' },
];
