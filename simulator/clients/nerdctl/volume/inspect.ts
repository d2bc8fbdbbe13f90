// `nerdctl volume inspect` (volume_inspect.go@v0.22.2): native.Volume per argument through
// formatSlice; -s/--size adds the bytes under _data (omitted while 0). The first missing
// volume ends the command with the store's error.

import { goMap, goStruct } from '../../../go/template/index';
import { formatSlice } from '../format/format-slice';
import { dataStoreOf, globalOptions, type NerdctlCommand } from '../nerdctl-env';
import { getVolume, getVolumeWithSize } from './volume-store';

export const volumeInspectCommand: NerdctlCommand = {
  name: 'inspect',
  argsUsage: '[flags] VOLUME [VOLUME...]',
  usage: 'Display detailed information on one or more volumes',
  args: { min: 1 },
  flags: [
    { names: ['format', 'f'], kind: 'string', usage: "Format the output using the given Go template, e.g, '{{json .}}'" },
    { names: ['size', 's'], kind: 'bool', usage: 'Display the disk usage of the volume' },
  ],
  action: (c) => {
    const get = c.bool('size') ? getVolumeWithSize : getVolume;
    const volumes = c.args.map((name) => {
      const v = get(c.env.node, dataStoreOf(c), globalOptions(c).namespace, name);
      if (v.Labels) goMap(v.Labels, 'map[string]string');
      return goStruct(v, '*native.Volume');
    });
    formatSlice(c, volumes);
  },
};
