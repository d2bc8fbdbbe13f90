// The `Buffer` the shell library's browser entry reaches for (gzip's latin1 view, base64 where
// a Buffer exists), given to the worker bundle as the app's bundler gave it: the same polyfill
// Next.js uses for client code (node-worker-bundle.ts injects it where `Buffer` is free).

// @ts-expect-error: Next.js ships its compiled polyfills without type declarations.
export { Buffer } from 'next/dist/compiled/buffer';
