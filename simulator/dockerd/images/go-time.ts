// Go's time.Time as encoding/json writes it (RFC3339Nano: the fraction's trailing zeros
// dropped), for the created times dockerd stores in the configs it makes.

export function goTimeJson(ms: number): string {
  return new Date(ms).toISOString().replace(/\.?0+Z$/, 'Z');
}
