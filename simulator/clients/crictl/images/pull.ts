// `crictl pull NAME[:TAG|@DIGEST]` (cmd/crictl/image.go:49-122 @v1.26.0): PullImage with the
// credentials, the pod config and the annotations given, then `Image is up to date for
// <image id>` — fresh download or not, there is no progress display. Without a name it
// shows its help.

import { plain } from '../../../errdefs/errdefs';
import type { PodSandboxConfig } from '../../../cri/index';
import { loadPodSandboxConfig } from '../config-files/index';
import { imageServiceOf, wrapRpc, type CrictlCommand } from '../crictl-env';
import { gogoString } from '../output/gogo-string';
import { parseLabels } from '../containers/shared';
import { pullAuth } from './pull-auth';
import { showSubcommandHelp } from '../../../cli/show-help';

export const pullCommand: CrictlCommand = {
  name: 'pull',
  usage: 'Pull an image from a registry',
  argsUsage: 'NAME[:TAG|@DIGEST]',
  shortOptionHandling: true,
  flags: [
    { names: ['creds'], kind: 'string', usage: 'Use `USERNAME[:PASSWORD]` for accessing the registry', value: '', envVar: 'CRICTL_CREDS' },
    {
      names: ['auth'],
      kind: 'string',
      usage: "Use `AUTH_STRING` for accessing the registry. AUTH_STRING is a base64 encoded 'USERNAME[:PASSWORD]'",
      value: '',
      envVar: 'CRICTL_AUTH',
    },
    { names: ['username', 'u'], kind: 'string', usage: 'Use `USERNAME` for accessing the registry. The password will be requested on the command line', value: '' },
    { names: ['pod-config'], kind: 'string', usage: 'Use `pod-config.[json|yaml]` to override the the pull context', value: '' },
    { names: ['annotation', 'a'], kind: 'stringSlice', usage: 'Annotation to be set on the pulled image' },
  ],
  action: async (c) => {
    const imageName = c.args[0] ?? '';
    if (imageName === '') return showSubcommandHelp(c);
    const service = await imageServiceOf(c);
    const auth = pullAuth(c);
    let sandboxConfig: PodSandboxConfig | undefined;
    if (c.isSet('pod-config')) {
      try {
        sandboxConfig = loadPodSandboxConfig({ files: c.env.node.state.host.files, cwd: c.io.cwd }, c.string('pod-config'));
      } catch (err) {
        throw plain(`load podSandboxConfig: ${(err as Error).message}`);
      }
    }
    // image.go parses --annotation with parseLabelStringSlice too (exactly key=value each).
    const annotations = c.isSet('annotation') ? parseLabels(c.stringSlice('annotation')) : undefined;
    // PullImageWithSandbox (image.go:583-604): the request and response as --debug lines.
    const request = {
      image: { image: imageName, ...(annotations ? { annotations } : {}) },
      ...(auth ? { auth } : {}),
      ...(sandboxConfig ? { sandboxConfig } : {}),
    };
    c.env.log.debug(() => `PullImageRequest: ${gogoString('PullImageRequest', request)}`);
    let imageRef: string;
    try {
      ({ imageRef } = await service.pullImage(request, { wait: (ms) => c.io.pace(ms) }));
    } catch (err) {
      throw wrapRpc('pulling image', err);
    }
    c.env.log.debug(() => `PullImageResponse: ${gogoString('PullImageResponse', { imageRef })}`);
    c.io.stdout(`Image is up to date for ${imageRef}\n`);
  },
};
