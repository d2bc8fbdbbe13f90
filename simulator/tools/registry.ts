// The tools node1 has, one entry each (tool.ts says what an entry holds). A tool not built has
// no entry, so typing it gives bash's `command not found`, as on a node without its package.

import { buildctlTool } from './buildctl';
import { containerdTool } from './containerd';
import { crictlTool } from './crictl';
import { ctrTool } from './ctr';
import { dockerTool } from './docker';
import { dockerInitTool } from './docker-init';
import { dockerdTool } from './dockerd';
import { nerdctlTool } from './nerdctl';
import { runcTool } from './runc';
import type { ToolEntry } from './tool';

export const NODE_TOOLS: readonly ToolEntry[] = [ctrTool, crictlTool, nerdctlTool, buildctlTool, dockerTool, dockerdTool, dockerInitTool, runcTool, containerdTool];
