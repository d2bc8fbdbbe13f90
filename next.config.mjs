// Static export: the whole lab is plain files that any static host (or scripts/serve.mjs) serves.

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // Every route becomes a folder with index.html, which dumb static servers understand.
  trailingSlash: true,
  images: { unoptimized: true },
  // `next dev` refuses cross-origin dev resources; without this, opening the dev server as
  // 127.0.0.1 instead of localhost leaves the page unhydrated (no terminal).
  allowedDevOrigins: ['127.0.0.1'],
  turbopack: {
    resolveAlias: {
      // just-bash's browser entry lacks a few exports the simulator's shell uses; the adapter
      // re-exports that entry and adds them (see the file). Only browser bundles are affected.
      'just-bash': { browser: './components/session/just-bash-browser.ts' },
    },
  },
  // The node's worker is built by esbuild in a route (components/session/node-worker-bundle.ts);
  // esbuild runs its own native binary, which only works required from node_modules.
  serverExternalPackages: ['esbuild'],
  typescript: {
    // `npm run typecheck` (part of `npm test`) checks the whole repository, simulator included,
    // so the build does not repeat that work or fail on a half-written file elsewhere.
    ignoreBuildErrors: true,
  },
};

export default nextConfig;
