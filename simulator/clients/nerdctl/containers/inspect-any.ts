// `nerdctl inspect` (cmd/nerdctl/inspect.go@v0.22.2): each request is looked up as an image and
// as a container (--type limits it to one; only "container" and "image" are valid in 0.22);
// a container wins, and each is printed by its own inspect (one JSON array per request).
// Nothing found ends the command: `no such object <req>`.

import { inspectImages } from '../images/inspect';
import { walkImages } from '../images/image-walker';
import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { findContainers } from './container-walker';
import { INSPECT_MODE_FLAG, inspectContainers } from './inspect';

export const inspectCommand: NerdctlCommand = {
  name: 'inspect',
  usage: 'Return low-level information on objects.',
  args: { min: 1 },
  flags: [
    { names: ['format', 'f'], kind: 'string', usage: "Format the output using the given Go template, e.g, '{{json .}}'", value: '' },
    { names: ['type'], kind: 'string', usage: 'Return JSON for specified type', value: '' },
    INSPECT_MODE_FLAG,
  ],
  action: (c) => {
    const type = c.string('type');
    if (type !== '' && type !== 'container' && type !== 'image') throw new Error(`${JSON.stringify(type)} is not a valid value for --type`);
    const client = clientOf(c);
    const errs: string[] = [];
    for (const req of c.args) {
      const images = type === '' || type === 'image' ? walkImages(client, req).length : 0;
      const containers = type === '' || type === 'container' ? findContainers(client, req).length : 0;
      if (images === 0 && containers === 0) throw new Error(`no such object ${req}`);
      try {
        if (containers !== 0) inspectContainers(c, [req]);
        else inspectImages(c, [req]);
      } catch (err) {
        errs.push((err as Error).message);
      }
    }
    if (errs.length > 0) throw new Error(`${errs.length} errors: [${errs.join(' ')}]`);
  },
};
