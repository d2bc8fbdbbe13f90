// `nerdctl version` (cmd/nerdctl/version.go@v0.22.2): Client (nerdctl, buildctl) then, once
// containerd answered, Server (containerd, runc), each line "key:\tvalue" written straight
// (no tabwriter). A stopped containerd prints the Client block, then fails with newClient's
// error; --format runs a template over dockercompat.VersionInfo (Server null without one).

import { goMap, goNil, goSlice, goStruct } from '../../../go/template/index';
import { fprintfLine, parseNerdctlTemplate } from '../format/template';
import { NERDCTL_COMMIT, NERDCTL_VERSION } from './release-version';
import { containerdOf, type NerdctlCommand } from '../nerdctl-env';
import { buildctlVersion, type ComponentVersion, NERDCTL_GO_VERSION, serverComponents } from './component-versions';

/** dockercompat.ComponentVersion with its Go types, for --format. */
function typedComponent(c: ComponentVersion): ComponentVersion {
  return goStruct(c.Details ? { ...c, Details: goMap({ ...c.Details }, 'map[string]string') } : { ...c }, 'dockercompat.ComponentVersion');
}

function componentLines(c: ComponentVersion): string {
  let text = ` ${c.Name}:\n  Version:\t${c.Version}\n`;
  for (const [k, v] of Object.entries(c.Details ?? {})) text += `  ${k}:\t${v}\n`;
  return text;
}

export const versionCommand: NerdctlCommand = {
  name: 'version',
  usage: 'Show the nerdctl version information',
  args: { max: 0 },
  flags: [{ names: ['format', 'f'], kind: 'string', usage: "Format the output using the given Go template, e.g, '{{json .}}'" }],
  action: (c) => {
    const format = c.string('format');
    const client = { Version: NERDCTL_VERSION, GitCommit: NERDCTL_COMMIT, GoVersion: NERDCTL_GO_VERSION, Os: 'linux', Arch: 'amd64', Components: [buildctlVersion(c)] };
    let server: { Components: ComponentVersion[] } | null = null;
    let failure: unknown;
    try {
      containerdOf(c);
      server = { Components: serverComponents() };
    } catch (err) {
      failure = err;
    }
    if (format !== '') {
      const typed = goStruct(
        {
          Client: goStruct({ ...client, Components: goSlice(client.Components.map(typedComponent), '[]dockercompat.ComponentVersion') }, 'dockercompat.ClientVersion'),
          Server: server ? goStruct({ Components: goSlice(server.Components.map(typedComponent), '[]dockercompat.ComponentVersion') }, '*dockercompat.ServerVersion') : goNil('*dockercompat.ServerVersion'),
        },
        'dockercompat.VersionInfo',
      );
      c.io.stdout(fprintfLine(parseNerdctlTemplate(format).execute(typed)));
    } else {
      let text = `Client:\n Version:\t${client.Version}\n OS/Arch:\t${client.Os}/${client.Arch}\n Git commit:\t${client.GitCommit}\n`;
      text += client.Components.map(componentLines).join('');
      if (server) text += `\nServer:\n${server.Components.map(componentLines).join('')}`;
      c.io.stdout(text);
    }
    if (failure) throw failure;
  },
};
