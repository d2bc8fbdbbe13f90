// The few web-standard globals that both browsers and Node provide, declared here because the
// simulator compiles without the DOM library and without Node's types (see tsconfig.json).
// Anything not listed is deliberately unavailable to simulator code.

declare class TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare function setTimeout(handler: () => void, timeout?: number): unknown;
declare function clearTimeout(id: unknown): void;
declare function queueMicrotask(callback: () => void): void;

/** Base64 of a binary string (one char per byte, 0–255), as browsers and Node provide it. */
declare function btoa(data: string): string;
/** The binary string a base64 text encodes; throws on text that is not base64. */
declare function atob(data: string): string;
