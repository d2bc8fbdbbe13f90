// `docker version` (docker/cli 20.10 cli/command/system/version.go): its template over the
// client's and the server's versions, through a tabwriter (minwidth 20, padding 1). With no
// daemon the Client block is printed, then the connection error. --format: version-format.ts.

import { CliError } from '../../../cli/cli-error';
import { tabwrite } from '../../../go/tabwriter';
import { API_VERSION, BUILD_TIME, ENGINE_VERSION, GO_VERSION, type ServerVersion } from '../../../dockerd/index';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { formatVersion, parseVersionTemplate } from './version-format';

/** Debian's docker.io client build (`docker --version`: "20.10.24+dfsg1, build 297e128"). */
export const CLIENT_COMMIT = '297e128';

/**
 * reformatDate: Go's time.ANSIC of an RFC 3339 time ("Thu May  7 21:09:36 2026"), the text
 * unchanged when it is no such time (version.go keeps it then).
 */
function ansic(iso: string): string {
  const d = new Date(iso);
  if (!/^\d{4}-\d\d-\d\dT/.test(iso) || Number.isNaN(d.getTime())) return iso;
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const time = d.toISOString().slice(11, 19);
  return `${day} ${month} ${String(d.getUTCDate()).padStart(2, ' ')} ${time} ${d.getUTCFullYear()}`;
}

function clientBlock(): string {
  return [
    'Client:',
    ` Version:\t${ENGINE_VERSION}`,
    ` API version:\t${API_VERSION}`,
    ` Go version:\t${GO_VERSION}`,
    ` Git commit:\t${CLIENT_COMMIT}`,
    ` Built:\t${ansic(BUILD_TIME)}`,
    ' OS/Arch:\tlinux/amd64',
    ' Context:\tdefault',
    ' Experimental:\ttrue',
    '',
  ].join('\n');
}

function serverBlock(server: ServerVersion): string {
  const lines = ['', 'Server:'];
  for (const component of server.Components) {
    if (component.Name === 'Engine') {
      const d = component.Details;
      lines.push(
        ' Engine:',
        `  Version:\t${component.Version}`,
        `  API version:\t${d.ApiVersion} (minimum version ${d.MinAPIVersion})`,
        `  Go version:\t${d.GoVersion}`,
        `  Git commit:\t${d.GitCommit}`,
        `  Built:\t${d.BuildTime ?? ''}`,
        `  OS/Arch:\t${d.Os}/${d.Arch}`,
        `  Experimental:\t${d.Experimental}`,
      );
    } else {
      lines.push(` ${component.Name}:`, `  Version:\t${component.Version}`);
      for (const [k, v] of Object.entries(component.Details)) lines.push(`  ${k}:\t${v}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const TABWRITER = { minwidth: 20, tabwidth: 1, padding: 1, padchar: ' ', flags: 0 };

/** --format: the template over both versions; the daemon's error (no daemon) before the template's. */
function formatted(c: DockerContext, format: string): void {
  const tmpl = parseVersionTemplate(format);
  let server: ServerVersion | undefined;
  let failure: unknown;
  try {
    server = reformatted(daemonOf(c).version());
  } catch (err) {
    failure = err;
  }
  const client = { Version: ENGINE_VERSION, APIVersion: API_VERSION, GoVersion: GO_VERSION, GitCommit: CLIENT_COMMIT, BuildTime: ansic(BUILD_TIME) };
  const { out, error } = formatVersion(tmpl, client, server);
  c.io.stdout(out);
  if (failure !== undefined) throw failure;
  if (error !== undefined) throw new CliError(error, 1);
}

/**
 * What runVersion makes of the daemon's answer: the Engine component's BuildTime in ANSIC (it
 * rewrites that Details map in place, so `{{json .Server}}` shows it too), the top-level
 * BuildTime left as the daemon sent it.
 */
function reformatted(server: ServerVersion): ServerVersion {
  const Components = server.Components.map((c) =>
    c.Name === 'Engine' && c.Details.BuildTime !== undefined ? { ...c, Details: { ...c.Details, BuildTime: ansic(c.Details.BuildTime) } } : c,
  );
  return { ...server, Components };
}

function action(c: DockerContext): void {
  if (c.string('format') !== '') return formatted(c, c.string('format'));
  let server: ServerVersion;
  try {
    server = reformatted(daemonOf(c).version());
  } catch (err) {
    c.io.stdout(tabwrite(clientBlock(), TABWRITER));
    throw err;
  }
  c.io.stdout(tabwrite(clientBlock() + serverBlock(server), TABWRITER));
}

export const versionCommand: DockerCommand = {
  name: 'version',
  argsUsage: '[OPTIONS]',
  usage: 'Show the Docker version information',
  args: { max: 0 },
  flags: [
    { names: ['format', 'f'], kind: 'string', usage: 'Format the output using the given Go template' },
    { names: ['kubeconfig'], kind: 'string', usage: 'Kubernetes config file' },
  ],
  action,
};
