// `docker manifest` (docker/cli 20.10 cli/command/manifest/cmd.go): Manage Docker image manifests
// and manifest lists; its verbs, one per file.

import type { DockerCommand } from '../docker-env';
import { managementGroup } from '../group';
import { manifestAnnotateCommand } from './annotate';
import { manifestCreateCommand } from './create';
import { manifestInspectCommand } from './inspect';
import { manifestPushCommand } from './push';
import { manifestRmCommand } from './rm';

/** The group's Long text (manifest/cmd.go), experimental notice included. */
const DESCRIPTION = [
  'The **docker manifest** command has subcommands for managing image manifests and',
  'manifest lists. A manifest list allows you to use one name to refer to the same image',
  'built for multiple architectures.',
  '',
  'To see help for a subcommand, use:',
  '',
  '    docker manifest CMD --help',
  '',
  'For full details on using docker manifest lists, see the registry v2 specification.',
  '',
  'EXPERIMENTAL:',
  '  docker manifest is an experimental feature.',
  '  Experimental features provide early access to product functionality. These',
  '  features may change between releases without warning, or can be removed from a',
  '  future release. Learn more about experimental features in our documentation:',
  '  https://docs.docker.com/go/experimental/',
].join('\n');

export const manifestGroup: DockerCommand = managementGroup('manifest', 'Manage Docker image manifests and manifest lists', [
  manifestAnnotateCommand,
  manifestCreateCommand,
  manifestInspectCommand,
  manifestPushCommand,
  manifestRmCommand,
], undefined, DESCRIPTION);
