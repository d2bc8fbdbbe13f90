// `nerdctl image convert`, `encrypt` and `decrypt` (image_convert.go, image_encrypt.go,
// image_decrypt.go@v0.22.2): eStargz/zstd conversion and ocicrypt are not modelled; each
// refuses honestly.

import { NotSimulatedError } from '../../../cli/not-simulated';
import type { NerdctlCommand } from '../nerdctl-env';
import { NERDCTL_DOCS } from './docs';

function refusing(name: string, argsUsage: string, usage: string, doc: string): NerdctlCommand {
  return {
    name,
    argsUsage,
    usage,
    skipFlagParsing: true,
    action: () => {
      throw new NotSimulatedError(`nerdctl image ${name}`, `${NERDCTL_DOCS}/${doc}`);
    },
  };
}

export const imageConvertCommand = refusing('convert', '[flags] <source_ref> <target_ref>...', 'convert an image', 'stargz.md');
export const imageEncryptCommand = refusing('encrypt', '[flags] <source_ref> <target_ref>...', 'encrypt image layers', 'ocicrypt.md');
export const imageDecryptCommand = refusing('decrypt', '[flags] <source_ref> <target_ref>...', 'decrypt image layers', 'ocicrypt.md');
