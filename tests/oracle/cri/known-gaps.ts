// Steps of the CRI scenarios the simulator does not answer as the real plugin yet, by scenario
// and step index, each with what it waits for. The differential test skips them under that
// name; everything else must match. Rewritten from the recorded fixtures with
// `npx tsx tests/oracle/cri/diff-fixtures.ts --write-gaps` (it keeps this header): run it when
// a part of the simulated plugin lands, and the list shrinks.

export const CRI_GAPS: Record<string, Record<number, string>> = {
  'pod-lifecycle': {
    // Status {"verbose":true}
    2: 'Status info.config as containerd 1.6.20 marshals it (null, not [] or {}, for unset runtime fields)',
    // PodSandboxStatus {"podSandboxId":"$pod","verbose":true}
    12: 'the pause task running: processStatus "running" in the sandbox\'s verbose info',
    // $ ctr -n k8s.io tasks ls # sandbox ready
    14: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
    // $ ctr -n k8s.io containers info $pod
    17: 'CRI\'s metadata extension (io.cri-containerd.sandbox.metadata) on the sandbox\'s containerd container',
    // $ ctr -n k8s.io tasks ls # container created
    22: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
    // $ ctr -n k8s.io tasks ls # container running
    39: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
    // $ ctr -n k8s.io containers info $main
    42: 'CRI\'s metadata extension (io.cri-containerd.container.metadata) on the container\'s containerd container',
    // $ ctr -n k8s.io tasks ls # second pod removed while ready
    63: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
  },
  'images-and-cross-client': {
    // $ ctr -n k8s.io tasks ls
    38: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
    // RemoveContainer {"containerId":"$victim"}
    43: 'a container removed with ctr staying in CRI\'s store: RemoveContainer then fails NotFound (get container info)',
    // ListContainers {}
    44: 'a container removed with ctr staying in CRI\'s store, listed EXITED',
    // $ ctr -n k8s.io tasks kill -s KILL $pod
    45: 'the pause task running, so that ctr tasks kill -s KILL reaches it',
    // wait until $pod is SANDBOX_NOTREADY
    46: 'the sandbox turning SANDBOX_NOTREADY when its pause task is killed through ctr',
    // PodSandboxStatus {"podSandboxId":"$pod"}
    47: 'the sandbox turning SANDBOX_NOTREADY when its pause task is killed through ctr',
    // ListPodSandbox {}
    48: 'the sandbox turning SANDBOX_NOTREADY when its pause task is killed through ctr',
    // $ ctr -n k8s.io tasks ls
    49: 'the pause task gone from ctr tasks ls once killed',
    // RemovePodSandbox {"podSandboxId":"$pod"}
    51: 'RemovePodSandbox failing NotFound on a container ctr removed behind CRI\'s back',
    // $ ctr -n k8s.io containers ls
    52: 'the sandbox\'s containerd container kept when RemovePodSandbox failed',
  },
  'configs-streams-stats': {
    // RunPodSandbox {"config":{"metadata":{"name":"netpod","uid":"uid-net-1","namespace":"default","attempt...
    4: 'a node without CNI config: a pod-network sandbox fails "cni plugin not initialized" (the simulator\'s Status says so, yet it gives the pod 10.88.0.2)',
    // ListPodSandbox {}
    5: 'the failed pod-network sandbox listed SANDBOX_NOTREADY',
    // ContainerStatus {"containerId":"$rich","verbose":true}
    9: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ExecSync {"containerId":"$rich","cmd":["sh","-c","echo $A $B; pwd; id -u"],"timeout":5}
    12: 'linux.security_context.run_as_user applied to the process (id -u prints 1000) and `id -u` itself',
    // read /tmp/ctrlab-cri-oracle/logs/default_misc_uid-misc-1/rich.log
    23: 'linux.security_context.run_as_user applied to the process (id prints uid=1000)',
    // read /tmp/ctrlab-cri-oracle/logs/default_misc_uid-misc-1/partial.log
    29: 'busybox head -c and tr in the simulated shell (the log\'s P/F records themselves match)',
    // PodSandboxStatus {"podSandboxId":"$netpod","verbose":true}
    32: 'the failed pod-network sandbox: NOTREADY, pid 0, processStatus deleted',
    // StopPodSandbox {"podSandboxId":"$netpod"}
    33: 'StopPodSandbox of a pod-network sandbox without CNI: "failed to destroy network ... cni plugin not initialized"',
    // RemovePodSandbox {"podSandboxId":"$netpod"}
    34: 'RemovePodSandbox of a pod-network sandbox without CNI: "failed to forcibly stop sandbox ..."',
    // ListPodSandbox {}
    35: 'the failed pod-network sandbox staying listed',
  },
  'pod-network-cni': {
    // PodSandboxStatus {"podSandboxId":"$pod","verbose":true}
    4: 'the pod IP from the node\'s CNI config (10.213.7.2 from the bridge conflist in /etc/cni/net.d, not 10.88.0.2) and its cniResult',
    // ExecSync {"containerId":"$web","cmd":["sh","-c","ip -4 route; cat /etc/hostname"],"timeout":5}
    8: 'busybox ip in the simulated shell (ip -4 route inside the pod)',
    // $ ctr -n k8s.io tasks ls
    9: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
    // PodSandboxStatus {"podSandboxId":"$pod","verbose":true}
    11: 'the stopped pod\'s verbose info (cniResult kept, netNamespaceClosed true)',
    // read /tmp/ctrlab-cri-oracle/logs/default_netpod_uid-net-2/web.log
    13: 'busybox ip in the simulated shell (the container\'s log starts with ip\'s output)',
  },
};
