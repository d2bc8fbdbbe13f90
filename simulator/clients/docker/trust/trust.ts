// `docker trust` (docker/cli 20.10 cli/command/trust/cmd.go): Manage trust on Docker images; its
// verbs, one per file.

import type { DockerCommand } from '../docker-env';
import { managementGroup } from '../group';
import { trustInspectCommand } from './inspect';
import { trustKeyGenerateCommand } from './key-generate';
import { trustKeyLoadCommand } from './key-load';
import { trustRevokeCommand } from './revoke';
import { trustSignCommand } from './sign';
import { trustSignerAddCommand } from './signer-add';
import { trustSignerRemoveCommand } from './signer-remove';

export const trustGroup: DockerCommand = managementGroup('trust', 'Manage trust on Docker images', [
  managementGroup('key', 'Manage keys for signing Docker images', [trustKeyGenerateCommand, trustKeyLoadCommand]),
  managementGroup('signer', 'Manage entities who can sign Docker images', [trustSignerAddCommand, trustSignerRemoveCommand]),
  trustInspectCommand,
  trustRevokeCommand,
  trustSignCommand,
]);
