// The kubelet's unit files as the Kubernetes packages install them (kubelet 1.26's deb:
// kubelet.service; kubeadm's drop-in is replaced here by a standalone one, since this node
// joins no cluster), so `cat` and `systemctl status` show a real-looking unit.

/** The packaged unit (pkgs.k8s.io's kubelet deb, /lib/systemd/system/kubelet.service). */
export const KUBELET_UNIT_FILE = `[Unit]
Description=kubelet: The Kubernetes Node Agent
Documentation=https://kubernetes.io/docs/home/
Wants=network-online.target
After=network-online.target

[Service]
ExecStart=/usr/bin/kubelet
Restart=always
StartLimitInterval=0
RestartSec=10

[Install]
WantedBy=multi-user.target
`;

/** Where the drop-in lives, as `systemctl status`'s Drop-In line names it. */
export const KUBELET_DROP_IN_DIR = '/etc/systemd/system/kubelet.service.d';
export const KUBELET_DROP_IN_NAME = '10-containerd.conf';

/**
 * A standalone kubelet (no API server, no kubeconfig): containerd's CRI socket and the static
 * pod directory, in place of kubeadm's 10-kubeadm.conf. Both flags still work in 1.26 (they
 * print a deprecation warning pointing at the config file).
 */
export const KUBELET_DROP_IN = `# Standalone kubelet on containerd: runs the static pods of /etc/kubernetes/manifests.
[Service]
ExecStart=
ExecStart=/usr/bin/kubelet --container-runtime-endpoint=unix:///run/containerd/containerd.sock --pod-manifest-path=/etc/kubernetes/manifests --v=3
`;
