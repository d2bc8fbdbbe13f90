// `docker version --format` (docker/cli@v20.10.24 cli/command/system/version.go): the template
// (named "version", docker's functions) runs over versionInfo{Client clientVersion; Server
// *types.Version} through the tabwriter (20, 1, 1, ' '), then a newline. Go field names for the
// template, json tags for `{{json .}}` (ApiVersion); with no daemon Server is nil and the
// connection error wins over the template's. Checked against the real 20.10.24 client.

import { CliError } from '../../../cli/cli-error';
import { goMap, goNil, goStruct, GoTemplateError, dockerTemplateFuncs, parseTemplate, type GoTemplate } from '../../../go/template/index';
import { withMarshalJSON } from '../../../go/json';
import { tabwrite } from '../../../go/tabwriter';
import type { ServerVersion } from '../../../dockerd/index';

interface ClientVersion {
  Version: string;
  APIVersion: string;
  GoVersion: string;
  GitCommit: string;
  BuildTime: string;
}

/** newVersionTemplate: exit 64 `template parsing error: …` when it does not parse. */
export function parseVersionTemplate(format: string): GoTemplate {
  try {
    return parseTemplate(format, { name: 'version', funcs: { ...dockerTemplateFuncs, getDetailsOrder: (d: unknown) => Object.keys((d as Record<string, unknown>) ?? {}).sort() } });
  } catch (e) {
    if (e instanceof GoTemplateError) throw new CliError(`template parsing error: ${e.message}`, 64);
    throw e;
  }
}

/** A struct with Go field names whose JSON uses `json` tags: `ApiVersion` for APIVersion. */
function tagged<T extends Record<string, unknown>>(fields: T, type: string): T {
  return withMarshalJSON(goStruct(fields, type), () => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(fields)) out[k === 'APIVersion' ? 'ApiVersion' : k] = v;
    return out;
  });
}

function clientData(client: ClientVersion): Record<string, unknown> {
  return tagged(
    {
      Platform: goStruct({ Name: '' }, 'struct { Name string }'),
      Version: client.Version,
      APIVersion: client.APIVersion,
      DefaultAPIVersion: client.APIVersion,
      GitCommit: client.GitCommit,
      GoVersion: client.GoVersion,
      Os: 'linux',
      Arch: 'amd64',
      BuildTime: client.BuildTime,
      Context: 'default',
      Experimental: true,
    },
    'system.clientVersion',
  );
}

function serverData(server: ServerVersion): Record<string, unknown> {
  const components = server.Components.map((c) => goStruct({ Name: c.Name, Version: c.Version, Details: goMap({ ...c.Details }, 'map[string]string') }, 'types.ComponentVersion'));
  return tagged(
    {
      Platform: goStruct({ Name: server.Platform.Name }, 'struct { Name string }'),
      Components: components,
      Version: server.Version,
      APIVersion: server.ApiVersion,
      MinAPIVersion: server.MinAPIVersion,
      GitCommit: server.GitCommit,
      GoVersion: server.GoVersion,
      Os: server.Os,
      Arch: server.Arch,
      KernelVersion: server.KernelVersion,
      ...(server.Experimental ? { Experimental: true } : {}),
      BuildTime: server.BuildTime,
    },
    '*types.Version',
  );
}

/** prettyPrintVersion: the output (what the template wrote, and the newline) and its error, if any. */
export function formatVersion(tmpl: GoTemplate, client: ClientVersion, server: ServerVersion | undefined): { out: string; error?: string } {
  const data = goStruct({ Client: clientData(client), Server: server ? serverData(server) : goNil('*types.Version') }, 'system.versionInfo');
  let written: string;
  let error: string | undefined;
  try {
    written = tmpl.execute(data);
  } catch (e) {
    if (!(e instanceof GoTemplateError)) throw e;
    written = tmpl.executePartial(data);
    error = e.message;
  }
  const out = tabwrite(`${written}\n`, { minwidth: 20, tabwidth: 1, padding: 1, padchar: ' ', flags: 0 });
  return error === undefined ? { out } : { out, error };
}
