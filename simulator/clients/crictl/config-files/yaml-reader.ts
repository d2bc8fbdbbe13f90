// gopkg.in/yaml.v2's reader (readerc.go yaml_parser_update_buffer, 2.4.0 as cri-tools v1.26.0
// vendors it under sigs.k8s.io/yaml): before the scanner sees a character it decodes the input
// as UTF-8 and refuses what YAML does not allow, a reader error that parser.fail prints without
// a line (reader errors set no mark). So `crictl runp /usr/bin/crictl` reads
// `error converting YAML to JSON: yaml: control characters are not allowed` (an ELF file begins
// with 0x7f). The reader takes the input 512 bytes at a time (input_raw_buffer_size) and
// decodes each chunk whole before the scanner goes on.

/** input_raw_buffer_size: the reader's chunk, decoded whole before any token of it is scanned. */
export const YAML_READER_CHUNK = 512;

export interface YamlReaderError {
  /** The offending byte's offset in the document. */
  offset: number;
  message: string;
}

/** #x9 | #xA | #xD | [#x20-#x7E] | #x85 | [#xA0-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF] */
function allowed(value: number): boolean {
  return value === 0x09 || value === 0x0a || value === 0x0d || (value >= 0x20 && value <= 0x7e) || value === 0x85
    || (value >= 0xa0 && value <= 0xd7ff) || (value >= 0xe000 && value <= 0xfffd) || (value >= 0x10000 && value <= 0x10ffff);
}

/**
 * The first reader error of a document given as a binary string (one char per byte), or
 * undefined. A UTF-16 byte order mark makes the reader decode UTF-16, which is left alone here.
 */
export function yamlReaderError(bytes: string): YamlReaderError | undefined {
  if (bytes.startsWith('\xfe\xff') || bytes.startsWith('\xff\xfe')) return undefined;
  for (let i = 0; i < bytes.length; ) {
    const octet = bytes.charCodeAt(i);
    const width = (octet & 0x80) === 0 ? 1 : (octet & 0xe0) === 0xc0 ? 2 : (octet & 0xf0) === 0xe0 ? 3 : (octet & 0xf8) === 0xf0 ? 4 : 0;
    if (width === 0) return { offset: i, message: 'invalid leading UTF-8 octet' };
    if (i + width > bytes.length) return { offset: i, message: 'incomplete UTF-8 octet sequence' };
    let value = width === 1 ? octet & 0x7f : width === 2 ? octet & 0x1f : width === 3 ? octet & 0x0f : octet & 0x07;
    for (let k = 1; k < width; k++) {
      const trail = bytes.charCodeAt(i + k);
      if ((trail & 0xc0) !== 0x80) return { offset: i + k, message: 'invalid trailing UTF-8 octet' };
      value = (value << 6) + (trail & 0x3f);
    }
    const shortest = width === 1 || (width === 2 && value >= 0x80) || (width === 3 && value >= 0x800) || (width === 4 && value >= 0x10000);
    if (!shortest) return { offset: i, message: 'invalid length of a UTF-8 sequence' };
    if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) return { offset: i, message: 'invalid Unicode character' };
    if (!allowed(value)) return { offset: i, message: 'control characters are not allowed' };
    i += width;
  }
  return undefined;
}
