// Node's native codecs for the simulator (see simulator/host/native-codecs.ts): sha256 from
// node:crypto, raw inflate from node:zlib, binary strings through Buffer's latin1. Registered
// by every Node entry point: the REPL, the unit tests' setup, the bench and the oracle runner.

import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { registerNativeCodecs, type NativeCodecs } from '../simulator/host/native-codecs';

const view = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const nodeCodecs: NativeCodecs = {
  name: 'node',
  // A Buffer is a Uint8Array: returned as is, without a copy.
  sha256: (bytes) => createHash('sha256').update(bytes).digest(),
  inflateRaw: (bytes) => inflateRawSync(bytes),
  bytesToBinary: (bytes) => view(bytes).toString('latin1'),
  binaryToBytes: (binary) => Buffer.from(binary, 'latin1'),
};

/** Registers Node's codecs for this process. */
export function useNodeCodecs(): void {
  registerNativeCodecs(nodeCodecs);
}
