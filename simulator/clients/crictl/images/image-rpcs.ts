// crictl's wrappers around the image RPCs that several commands share (cmd/crictl/image.go:
// 620-660 @v1.26.0): ImageStatus and RemoveImage log their request (and ImageStatus its
// response) at debug level in gogo's String() form; RemoveImage refuses an empty id itself.

import type { Image, ImageService } from '../../../cri/index';
import type { CrictlContext } from '../crictl-env';
import { gogoString } from '../output/gogo-string';

/** ImageStatus (image.go:620-634). Rejects with the RPC's error. */
export async function imageStatus(c: CrictlContext, service: ImageService, image: string, verbose: boolean): Promise<{ image?: Image; info: Record<string, string> }> {
  const request = { image: { image }, verbose };
  c.env.log.debug(() => `ImageStatusRequest: ${gogoString('ImageStatusRequest', request)}`);
  const res = await service.imageStatus(request);
  c.env.log.debug(() => `ImageStatusResponse: ${gogoString('ImageStatusResponse', res)}`);
  return res;
}

/**
 * RemoveImage (image.go:636-648). An empty id fails before any RPC with a plain Go error (not
 * a gRPC status, so it prints without `rpc error:`); rmi, the only caller, logs it.
 */
export async function removeImage(c: CrictlContext, service: ImageService, image: string): Promise<void> {
  if (image === '') throw new Error('ImageID cannot be empty');
  const request = { image: { image } };
  c.env.log.debug(() => `RemoveImageRequest: ${gogoString('RemoveImageRequest', request)}`);
  await service.removeImage(request);
}
