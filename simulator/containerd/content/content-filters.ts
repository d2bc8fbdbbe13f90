// The field paths a content filter can test (containerd's metadata adaptContentInfo):
// digest, labels.<key> (content/adaptor.go AdaptInfo; `size` is a TODO there, never present).

import { labelField, type Adaptor } from '../filters/filters';
import type { ContentInfo } from './content-store';

export function contentAdaptor(info: ContentInfo): Adaptor {
  return (fieldpath) => {
    const [head, ...rest] = fieldpath;
    if (head === 'digest') return { value: info.digest, present: true };
    if (head === 'labels') return labelField(info.labels, rest);
    return { value: '', present: false };
  };
}
