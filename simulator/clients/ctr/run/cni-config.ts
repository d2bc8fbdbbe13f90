// gocni.New(gocni.WithDefaultConf) as `ctr run --cni` calls it once the container is stored:
// the network configs are the *.conf, *.conflist and *.json files of /etc/cni/net.d (a missing
// directory holds none). With none the load fails, and ctr returns that error; with some, the
// networking that follows is not modelled.

import { plain } from '../../../errdefs/errdefs';
import { isVfsError, readdir, type Files } from '../../../host/vfs';
import { NotSimulatedError } from '../../../cli/not-simulated';

const CONF_DIR = '/etc/cni/net.d';
const CONF_EXTENSIONS = ['.conf', '.conflist', '.json'];

export function loadCniConfig(files: Files): never {
  let names: string[] = [];
  try {
    names = readdir(files, CONF_DIR);
  } catch (err) {
    if (!isVfsError(err)) throw err;
  }
  if (!names.some((n) => CONF_EXTENSIONS.some((ext) => n.endsWith(ext)))) {
    throw plain(`no network config found in ${CONF_DIR}: cni plugin not initialized`);
  }
  throw new NotSimulatedError('CNI networking (--cni)', "containerd's docs/cni.md");
}
