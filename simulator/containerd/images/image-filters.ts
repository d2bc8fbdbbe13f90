// The field paths an image filter can test (containerd's metadata adaptImage): name,
// target.digest, target.mediatype, labels.<key>, annotations.<key> (the target's).

import type { ImageRecord } from '../metadata/schema';
import { labelField, type Adaptor } from '../filters/filters';

export function imageAdaptor(image: ImageRecord): Adaptor {
  return (fieldpath) => {
    const [head, ...rest] = fieldpath;
    switch (head) {
      case 'name':
        return { value: image.name, present: image.name !== '' };
      case 'target':
        if (rest[0] === 'digest') return { value: image.target.digest, present: image.target.digest !== '' };
        if (rest[0] === 'mediatype') return { value: image.target.mediaType, present: image.target.mediaType !== '' };
        return { value: '', present: false };
      case 'labels':
        return labelField(image.labels, rest);
      case 'annotations':
        return labelField(image.target.annotations ?? {}, rest);
      default:
        return { value: '', present: false };
    }
  };
}
