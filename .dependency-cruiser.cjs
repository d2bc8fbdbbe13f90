/** @type {import('dependency-cruiser').IConfiguration} */
// The simulator's layers (design.md §2), bottom to top:
//   go, errdefs → host → oci → registry → containerd (services) → containerd/client
//   → clients (ctr, crictl, nerdctl, docker) and plugins (cri, dockerd) → shell → node roots.
// A module may import its own layer and the layers below it; a tool reaches containerd only
// through the client library. Tests may use any test support, so *.test.ts files are checked
// only for circles.
const SIM = '^simulator/';
const TESTS = '\\.test\\.ts$|/test-support\\.ts$|/ctr-test-support\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import circle outside the shell interpreter.',
      severity: 'error',
      from: { path: SIM, pathNot: '^simulator/shell/' },
      to: { circular: true },
    },
    {
      name: 'clients-through-client-api',
      comment: 'A tool talks to containerd only through simulator/containerd/client.',
      severity: 'error',
      from: { path: '^simulator/clients/', pathNot: TESTS },
      to: { path: '^simulator/containerd/', pathNot: '^simulator/containerd/client/index\\.ts$' },
    },
    {
      name: 'clients-not-into-services',
      comment: 'A tool does not reach past containerd into the registry or the programs it runs.',
      severity: 'error',
      from: { path: '^simulator/clients/', pathNot: TESTS },
      to: { path: '^simulator/(registry|programs)/' },
    },
    {
      name: 'client-api-barrel',
      comment: 'Outside the client folder, only its index is imported.',
      severity: 'error',
      from: { path: SIM, pathNot: '^simulator/containerd/client/' },
      to: { path: '^simulator/containerd/client/', pathNot: '^simulator/containerd/client/index\\.ts$' },
    },
    {
      name: 'bottom-layers-stay-down',
      comment: 'go, errdefs and oci import nothing above them (host for bytes and tar is fine).',
      severity: 'error',
      from: { path: '^simulator/(go|errdefs|oci)/', pathNot: TESTS },
      to: { path: '^simulator/(containerd|registry|clients|cli|shell|programs|cri|dockerd)/' },
    },
    {
      name: 'registry-below-containerd',
      comment: 'Remote registries know OCI, not containerd.',
      severity: 'error',
      from: { path: '^simulator/registry/', pathNot: TESTS },
      to: { path: '^simulator/(containerd|clients|cli|shell|cri|dockerd)/' },
    },
    {
      name: 'services-not-into-tools',
      comment: 'containerd and the host never import a tool, the CLI framework or the shell.',
      severity: 'error',
      from: { path: '^simulator/(containerd|host|programs)/', pathNot: TESTS },
      to: { path: '^simulator/(clients|shell)/' },
    },
    {
      name: 'plugins-through-client-api',
      comment: 'The CRI plugin and dockerd are clients of containerd too.',
      severity: 'error',
      from: { path: '^simulator/(cri|dockerd)/', pathNot: TESTS },
      to: { path: '^simulator/containerd/', pathNot: '^simulator/containerd/client/index\\.ts$' },
    },
    {
      name: 'simulator-free-of-ui',
      comment: 'The simulator never imports the web app.',
      severity: 'error',
      from: { path: SIM },
      to: { path: '^(components|app)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|out|\\.next)/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
