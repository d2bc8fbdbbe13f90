// The pull flags of `crictl create` and `crictl run` (container.go:86-137 @v1.26.0): the same
// names, with the wording of each command's help.

import type { FlagSpec } from '../../../cli/spec';

function pullFlags(noPull: string, withPull: string, username: string): FlagSpec[] {
  return [
    { names: ['no-pull'], kind: 'bool', usage: noPull },
    { names: ['with-pull'], kind: 'bool', usage: withPull },
    { names: ['creds'], kind: 'string', usage: 'Use `USERNAME[:PASSWORD]` for accessing the registry', value: '' },
    {
      names: ['auth'],
      kind: 'string',
      usage: "Use `AUTH_STRING` for accessing the registry. AUTH_STRING is a base64 encoded 'USERNAME[:PASSWORD]'",
      value: '',
    },
    { names: ['username'], kind: 'string', usage: username, value: '' },
  ];
}

export const CREATE_PULL_FLAGS = pullFlags(
  'Do not pull the image on container creation (overrides pull-image-on-create=true in config)',
  'Pull the image on container creation (overrides pull-image-on-create=false in config)',
  'Use `USERNAME` for accessing the registry. The password will be requested on the command line',
);

export const RUN_PULL_FLAGS = pullFlags(
  'Do not pull the image (overrides disable-pull-on-run=false in config)',
  'Pull the image (overrides disable-pull-on-run=true in config)',
  'Use `USERNAME` for accessing the registry. password will be requested',
);
