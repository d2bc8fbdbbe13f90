// The simulator's layer rules for dependency-cruiser, as a function of the tree's root so the
// architecture test can run them on a fixture tree that breaks them.
function layerRules(root = 'simulator') {
  const SIM = `^${root}/`;
  const at = (rest) => `^${root}/${rest}`;
  const TESTS = '\\.test\\.ts$|/test-support\\.ts$|/ctr-test-support\\.ts$';
  return [
    {
      name: 'no-circular',
      comment: 'An import circle outside the shell interpreters (the login shell, the sh inside containers).',
      severity: 'error',
      from: { path: SIM, pathNot: at('(shell|programs/sh)/') },
      to: { circular: true },
    },
    {
      name: 'clients-through-client-api',
      comment: 'A tool talks to containerd only through simulator/containerd/client.',
      severity: 'error',
      from: { path: at('clients/'), pathNot: TESTS },
      to: { path: at('containerd/'), pathNot: at('containerd/client/index\\.ts$') },
    },
    {
      name: 'clients-through-cri-index',
      comment: 'crictl (and any CRI client) reaches the CRI plugin only through simulator/cri/index.ts, as over its socket.',
      severity: 'error',
      from: { path: at('(clients|kubelet)/'), pathNot: TESTS },
      to: { path: at('cri/'), pathNot: at('cri/index\\.ts$') },
    },
    {
      name: 'kubelet-through-cri',
      comment: 'The kubelet talks to the runtime through CRI only, never to containerd itself.',
      severity: 'error',
      from: { path: at('kubelet/'), pathNot: TESTS },
      to: { path: at('(containerd|clients|registry|programs|dockerd|buildkit)/') },
    },
    {
      name: 'clients-not-into-services',
      comment: 'A tool does not reach past containerd into the registry or the programs it runs.',
      severity: 'error',
      from: { path: at('clients/'), pathNot: TESTS },
      to: { path: at('(registry|programs)/') },
    },
    {
      name: 'client-api-barrel',
      comment: 'Outside the client folder, only its index is imported.',
      severity: 'error',
      from: { path: SIM, pathNot: at('containerd/client/') },
      to: { path: at('containerd/client/'), pathNot: at('containerd/client/index\\.ts$') },
    },
    {
      name: 'bottom-layers-stay-down',
      comment: 'go, errdefs and oci import nothing above them (host for bytes and tar is fine).',
      severity: 'error',
      from: { path: at('(go|errdefs|oci)/'), pathNot: TESTS },
      to: { path: at('(containerd|registry|clients|cli|shell|programs|cri|dockerd|buildkit)/') },
    },
    {
      name: 'registry-below-containerd',
      comment: 'Remote registries know OCI, not containerd.',
      severity: 'error',
      from: { path: at('registry/'), pathNot: TESTS },
      to: { path: at('(containerd|clients|cli|shell|cri|dockerd|buildkit)/') },
    },
    {
      name: 'services-not-into-tools',
      comment: 'containerd and the host never import a tool, the CLI framework or the shell.',
      severity: 'error',
      from: { path: at('(containerd|host|programs|cri|kubelet|buildkit)/'), pathNot: TESTS },
      to: { path: at('(clients|shell|cli)/') },
    },
    {
      name: 'buildkit-through-client-api',
      comment: 'buildkitd is a client of containerd (its containerd worker, the daemon UUID) through the client library only.',
      severity: 'error',
      from: { path: at('buildkit/'), pathNot: TESTS },
      to: { path: at('containerd/'), pathNot: at('containerd/client/index\\.ts$') },
    },
    {
      name: 'clients-through-buildkit-index',
      comment: 'buildctl and nerdctl reach buildkitd only through simulator/buildkit/index.ts, as over its socket.',
      severity: 'error',
      from: { path: at('clients/'), pathNot: TESTS },
      to: { path: at('buildkit/'), pathNot: at('buildkit/index\\.ts$') },
    },
    {
      name: 'plugins-through-client-api',
      comment: 'The CRI plugin and dockerd are clients of containerd too.',
      severity: 'error',
      from: { path: at('(cri|dockerd)/'), pathNot: TESTS },
      to: { path: at('containerd/'), pathNot: at('containerd/client/index\\.ts$') },
    },
    {
      name: 'clients-through-dockerd-index',
      comment: 'The docker CLI reaches dockerd only through simulator/dockerd/index.ts, as over /var/run/docker.sock.',
      severity: 'error',
      from: { path: at('clients/'), pathNot: TESTS },
      to: { path: at('dockerd/'), pathNot: at('dockerd/index\\.ts$') },
    },
    {
      name: 'dockerd-not-into-plugins',
      comment:
        'dockerd is a client of containerd beside the CRI plugin and buildkitd, never of them. Its builders read Dockerfiles with buildkit\'s parser package, as moby 20.10 vendors github.com/moby/buildkit/frontend/dockerfile/{parser,instructions,shell}, and its builder-next (builtin BuildKit) reports progress as buildkit\'s SolveStatus and sends the context through fsutil (vendored too): buildkit/{dockerfile,progress,context}/ are libraries, not the daemon.',
      severity: 'error',
      from: { path: at('dockerd/'), pathNot: TESTS },
      to: { path: at('(cri|kubelet|buildkit|clients|cli|shell)/'), pathNot: at('buildkit/(dockerfile|progress|context)/') },
    },
    {
      name: 'shell-through-tools',
      comment: 'The login shell runs tools and units; it never calls containerd or a registry itself.',
      severity: 'error',
      from: { path: at('shell/'), pathNot: TESTS },
      to: { path: at('(containerd|registry|cri|dockerd)/') },
    },
    {
      name: 'tools-from-the-shell-only',
      comment: 'The tool registry is read by the shell (and the node roots); nothing below it knows the registry.',
      severity: 'error',
      from: { path: at('(go|errdefs|host|oci|registry|containerd|cri|kubelet|dockerd|programs|cli|clients|buildkit)/'), pathNot: TESTS },
      to: { path: at('tools/') },
    },
    {
      name: 'tools-below-the-shell',
      comment: 'A tool, its CLI framework and the registry never import the login shell.',
      severity: 'error',
      from: { path: at('(tools|clients|cli)/'), pathNot: TESTS },
      to: { path: at('shell/') },
    },
    {
      name: 'simulator-free-of-ui',
      comment: 'The simulator never imports the web app.',
      severity: 'error',
      from: { path: SIM },
      to: { path: '^(components|app)/' },
    },
  ];
}

module.exports = { layerRules };
