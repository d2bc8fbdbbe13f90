// `nerdctl image convert`, `encrypt` and `decrypt` (image_convert.go, image_encrypt.go,
// image_decrypt.go, image_cryptutil.go@v0.22.2): eStargz/zstd conversion and ocicrypt are not
// modelled. Each has its real flags, Long help and cobra.MinimumNArgs(2), so `--help`, a bad
// flag and a missing argument answer as the real tool does; given its arguments it refuses
// honestly (exit 1).

import { NotSimulatedError } from '../../../cli/not-simulated';
import type { FlagSpec } from '../../../cli/spec';
import type { NerdctlCommand } from '../nerdctl-env';
import { NERDCTL_DOCS } from './docs';

const ARGS_USAGE = '[flags] <source_ref> <target_ref>...';

function refusing(name: string, usage: string, description: string, flags: FlagSpec[], doc: string): NerdctlCommand {
  return {
    name,
    argsUsage: ARGS_USAGE,
    usage,
    description,
    args: { min: 2 },
    flags,
    action: () => {
      throw new NotSimulatedError(`nerdctl image ${name}`, `${NERDCTL_DOCS}/${doc}`);
    },
  };
}

const bool = (name: string, usage: string): FlagSpec => ({ names: [name], kind: 'bool', usage });
const slice = (name: string, usage: string): FlagSpec => ({ names: [name], kind: 'stringSlice', usage });

/** The platform flags convert and the imgcrypt commands share. */
const PLATFORM_FLAGS = (verb: string): FlagSpec[] => [
  slice('platform', `${verb} content for a specific platform`),
  bool('all-platforms', `${verb} content for all platforms`),
];

const CONVERT_HELP = `Convert an image format.

e.g., 'nerdctl image convert --estargz --oci example.com/foo:orig example.com/foo:esgz'

Use '--platform' to define the output platform.
When '--all-platforms' is given all images in a manifest list must be available.

For encryption and decryption, use 'nerdctl image (encrypt|decrypt)' command.
`;

export const imageConvertCommand = refusing(
  'convert',
  'convert an image',
  CONVERT_HELP,
  [
    bool('estargz', "Convert legacy tar(.gz) layers to eStargz for lazy pulling. Should be used in conjunction with '--oci'"),
    { names: ['estargz-record-in'], kind: 'string', usage: "Read 'ctr-remote optimize --record-out=<FILE>' record file (EXPERIMENTAL)" },
    // gzip.BestCompression
    { names: ['estargz-compression-level'], kind: 'int', usage: 'eStargz compression level', value: 9 },
    { names: ['estargz-chunk-size'], kind: 'int', usage: 'eStargz chunk size', value: 0 },
    bool('zstdchunked', "Use zstd compression instead of gzip (a.k.a zstd:chunked). Should be used in conjunction with '--oci'"),
    bool('uncompress', 'Convert tar.gz layers to uncompressed tar layers'),
    bool('oci', 'Convert Docker media types to OCI media types'),
    ...PLATFORM_FLAGS('Convert'),
  ],
  'stargz.md',
);

/** registerImgcryptFlags (image_cryptutil.go@v0.22.2); --recipient only for encrypt. */
function imgcryptFlags(encrypt: boolean): FlagSpec[] {
  const flags: FlagSpec[] = [
    ...PLATFORM_FLAGS('Convert'),
    { names: ['gpg-homedir'], kind: 'string', usage: 'The GPG homedir to use; by default gpg uses ~/.gnupg' },
    { names: ['gpg-version'], kind: 'string', usage: 'The GPG version ("v1" or "v2"), default will make an educated guess' },
    slice('key', "A secret key's filename and an optional password separated by colon; this option may be provided multiple times"),
    slice('dec-recipient', 'Recipient of the image; used only for PKCS7 and must be an x509 certificate'),
  ];
  if (encrypt) {
    flags.push(slice('recipient', 'Recipient of the image is the person who can decrypt it in the form specified above (i.e. jwe:/path/to/pubkey)'));
  }
  return flags;
}

const ENCRYPT_EXAMPLE = `  openssl genrsa -out mykey.pem
  openssl rsa -in mykey.pem -pubout -out mypubkey.pem
  nerdctl image encrypt --recipient=jwe:mypubkey.pem --platform=linux/amd64,linux/arm64 foo example.com/foo:encrypted
  nerdctl push example.com/foo:encrypted
`;

const ENCRYPT_HELP = `Encrypt image layers.

Use '--recipient' to specify the recipients.
The following protocol prefixes are supported:
- pgp:<email-address>
- jwe:<public-key-file-path>
- pkcs7:<x509-file-path>

Use '--platform' to define the platforms to encrypt. Defaults to the host platform.
When '--all-platforms' is given all images in a manifest list must be available.
Unspecified platforms are omitted from the output image.

Example:
${ENCRYPT_EXAMPLE}
To run the encrypted image, put the private key file (mykey.pem) to /etc/containerd/ocicrypt/keys (rootful) or ~/.config/containerd/ocicrypt/keys (rootless).
containerd before v1.4 requires extra configuration steps, see https://github.com/containerd/nerdctl/blob/master/docs/ocicrypt.md

CAUTION: This command only encrypts image layers, but does NOT encrypt container configuration such as 'Env' and 'Cmd'.
To see non-encrypted information, run 'nerdctl image inspect --mode=native --platform=PLATFORM example.com/foo:encrypted' .
`;

const DECRYPT_HELP = `Decrypt an image locally.

Use '--key' to specify the private keys.
Private keys in PEM format may be encrypted and the password may be passed
along in any of the following formats:
- <filename>:<password>
- <filename>:pass=<password>
- <filename>:fd=<file descriptor> (not available for rootless mode)
- <filename>:filename=<password file>

Use '--platform' to define the platforms to decrypt. Defaults to the host platform.
When '--all-platforms' is given all images in a manifest list must be available.
Unspecified platforms are omitted from the output image.

Example (encrypt):
${ENCRYPT_EXAMPLE}
Example (decrypt):
  nerdctl pull --unpack=false example.com/foo:encrypted
  nerdctl image decrypt --key=mykey.pem example.com/foo:encrypted foo:decrypted
`;

export const imageEncryptCommand = refusing('encrypt', 'encrypt image layers', ENCRYPT_HELP, imgcryptFlags(true), 'ocicrypt.md');
export const imageDecryptCommand = refusing('decrypt', 'decrypt an image', DECRYPT_HELP, imgcryptFlags(false), 'ocicrypt.md');
