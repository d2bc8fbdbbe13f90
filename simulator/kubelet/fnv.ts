// FNV-1a, 32 bits: the kubelet's container hash (pkg/kubelet/container/helpers.go
// HashContainer) is fnv32a over the container spec, written in hex as the
// io.kubernetes.container.hash annotation.

export function fnv32aHex(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}
