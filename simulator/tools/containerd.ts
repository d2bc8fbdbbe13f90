// containerd, from Debian's containerd package (/usr/bin/containerd), typed at the shell: its
// help, version, `config default` and `config dump`. The daemon it would start runs under
// systemd instead, so the tool needs none and names no unit.

import { defineTool } from './tool';

export const containerdTool = defineTool({
  name: 'containerd',
  path: '/usr/bin/containerd',
  dialect: 'urfave-v1',
  load: () => import('../clients/containerd-bin/containerd-app').then((m) => ({ spec: m.containerdApp, run: m.runContainerd })),
});
