/** @type {import('dependency-cruiser').IConfiguration} */
// The simulator's layers (design.md §2), bottom to top:
//   go, errdefs → host → oci → registry → containerd (services) → containerd/client
//   → clients (ctr, crictl, nerdctl, docker) and plugins (cri, dockerd) → shell → node roots.
// A module may import its own layer and the layers below it; a tool reaches containerd only
// through the client library. Tests may use any test support, so *.test.ts files are checked
// only for circles.
const { layerRules } = require('./tests/architecture/layer-rules.cjs');

module.exports = {
  forbidden: layerRules('simulator'),
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|out|\\.next)/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
