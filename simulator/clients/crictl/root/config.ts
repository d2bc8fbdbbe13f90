// `crictl config` (cmd/crictl/config.go@v1.26.0): reads and writes the client config file named
// by the global --config (default /etc/crictl.yaml), creating it first when it is missing,
// even for --get. `--get key`, `--set k=v[,k=v]`, or `crictl config key value`.

import { plain } from '../../../errdefs/errdefs';
import { parseGoInt } from '../../../go/strconv';
import { goQuote } from '../../../go/quote';
import { binaryToText, dirname, isVfsError, mkdir, normalizePath, readFile, stat, textToBinary, writeFile, type Files } from '../../../host/vfs';
import { CrictlConfigError, parseConfigText, type CrictlFileConfig } from '../config/config-file';
import { writeConfigText } from '../config/write-config';
import type { CrictlCommand } from '../crictl-env';
import { showSubcommandHelp } from '../../../cli/show-help';

const ARGS_USAGE = `[<crictl options>]

EXAMPLE:
   crictl config --set debug=true

CRICTL OPTIONS:
\t runtime-endpoint:\tContainer runtime endpoint
\t image-endpoint:\tImage endpoint
\t timeout:\tTimeout of connecting to server (default: 2s)
\t debug:\tEnable debug output (default: false)
\t pull-image-on-create:\tEnable pulling image on create requests (default: false)
\t disable-pull-on-run:\tDisable pulling image on run requests (default: false)`;

const GO_TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const GO_FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

function parseBool(name: string, value: string): boolean {
  if (GO_TRUE.includes(value)) return true;
  if (GO_FALSE.includes(value)) return false;
  throw plain(`parse ${name} value '${value}': strconv.ParseBool: parsing ${goQuote(value)}: invalid syntax`);
}

/** config.go setValue. */
function setValue(key: string, value: string, config: CrictlFileConfig): void {
  switch (key) {
    case 'runtime-endpoint':
      config.runtimeEndpoint = value;
      return;
    case 'image-endpoint':
      config.imageEndpoint = value;
      return;
    case 'timeout': {
      const n = parseGoInt(value, 64);
      if (!n.ok) {
        const why = n.error === 'value out of range' ? 'value out of range' : 'invalid syntax';
        throw plain(`parse timeout value '${value}': strconv.Atoi: parsing ${goQuote(value)}: ${why}`);
      }
      config.timeoutSeconds = Number(n.value);
      return;
    }
    case 'debug':
      config.debug = parseBool('debug', value);
      return;
    case 'pull-image-on-create':
      config.pullImageOnCreate = parseBool('pull-image-on-create', value);
      return;
    case 'disable-pull-on-run':
      config.disablePullOnRun = parseBool('disable-pull-on-run', value);
      return;
    default:
      throw plain(`no configuration option named ${key}`);
  }
}

function getValue(key: string, config: CrictlFileConfig): string {
  switch (key) {
    case 'runtime-endpoint':
      return config.runtimeEndpoint;
    case 'image-endpoint':
      return config.imageEndpoint;
    case 'timeout':
      return String(config.timeoutSeconds);
    case 'debug':
      return String(config.debug);
    case 'pull-image-on-create':
      return String(config.pullImageOnCreate);
    case 'disable-pull-on-run':
      return String(config.disablePullOnRun);
    default:
      throw plain(`no configuration option named ${key}`);
  }
}

/** The Go error text of a failed file operation on `path` as given. */
function fsError(err: unknown): Error {
  if (isVfsError(err)) return plain(err.message);
  throw err;
}

/** WriteConfig: MkdirAll(dir, 0755) then WriteFile(path, data, 0644). */
function write(files: Files, path: string, cwd: string, existing: string | undefined, config: CrictlFileConfig): void {
  const real = normalizePath(path, cwd);
  try {
    mkdir(files, dirname(real), { parents: true });
    writeFile(files, real, textToBinary(writeConfigText(existing, config)));
  } catch (err) {
    throw fsError(err);
  }
}

const ZERO: CrictlFileConfig = { runtimeEndpoint: '', imageEndpoint: '', timeoutSeconds: 0, debug: false, pullImageOnCreate: false, disablePullOnRun: false };

export const configCommand: CrictlCommand = {
  name: 'config',
  usage: 'Get and set crictl client configuration options',
  argsUsage: ARGS_USAGE,
  shortOptionHandling: true,
  flags: [
    { names: ['get'], kind: 'string', usage: 'show the option value' },
    { names: ['set'], kind: 'stringSlice', usage: 'set option (can specify multiple or separate values with commas: opt1=val1,opt2=val2)' },
  ],
  action(c) {
    const files = c.env.node.state.host.files;
    const path = c.string('config');
    const real = normalizePath(path, c.io.cwd);
    let exists = path !== '';
    try {
      if (exists) stat(files, real);
    } catch {
      exists = false;
    }
    if (!exists) write(files, path, c.io.cwd, undefined, { ...ZERO });
    let text: string;
    let config: CrictlFileConfig;
    try {
      text = binaryToText(readFile(files, real));
      config = parseConfigText(text);
    } catch (err) {
      if (isVfsError(err)) throw plain(`load config file: ${err.message}`);
      if (err instanceof CrictlConfigError) throw plain(err.message);
      throw err;
    }
    if (c.isSet('get')) {
      c.io.stdout(`${getValue(c.string('get'), config)}\n`);
      return;
    }
    if (c.isSet('set')) {
      for (const setting of c.stringSlice('set')) {
        for (const option of setting.split(',')) {
          const pair = option.split('=');
          if (pair.length !== 2) throw plain(`incorrectly specified option: ${setting}`);
          setValue(pair[0] ?? '', pair[1] ?? '', config);
        }
      }
      write(files, path, c.io.cwd, text, config);
      return;
    }
    const key = c.args[0] ?? '';
    if (key === '') return showSubcommandHelp(c);
    setValue(key, c.args[1] ?? '', config);
    write(files, path, c.io.cwd, text, config);
  },
};
