// A stream URL the server no longer knows (its token used or expired): the SPDY upgrade gets
// the server's 404 and client-go reports it (spdy/roundtripper.go NewConnection).

import { plain } from '../../../errdefs/errdefs';

export function openFailure(context: string): Error {
  return plain(`${context}: unable to upgrade connection: 404 page not found`);
}
