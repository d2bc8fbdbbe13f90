// --platform values as each ctr command parses them: the same platforms.Parse, but every
// command words its failure its own way (`invalid platform bogus: …` for pull and fetch,
// `invalid platform "bogus": …` for export, convert and push, `unable to parse platform bogus:
// …` for mount, the bare error for import, run and create).

import { wrapf } from '../../../errdefs/errdefs';
import { parsePlatform } from '../../../oci/platform';
import { goQuote } from '../../../go/quote';
import type { Platform } from '../../../oci/descriptor';

/** parsePlatform, its error prefixed with `context` (none: the bare error). */
export function parsePlatformFlag(spec: string, context?: (spec: string) => string): Platform {
  try {
    return parsePlatform(spec);
  } catch (err) {
    throw context ? wrapf(err, context(spec)) : err;
  }
}

/** content.Fetch's wording (pull, content fetch). */
export const fetchContext = (spec: string): string => `invalid platform ${spec}`;

/** export, convert and push quote the value. */
export const quotedContext = (spec: string): string => `invalid platform ${goQuote(spec)}`;
