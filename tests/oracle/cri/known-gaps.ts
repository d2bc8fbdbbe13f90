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
    12: 'the pause task running: processStatus \"running\" in the sandbox\'s verbose info',
    // $ ctr -n k8s.io tasks ls # sandbox ready
    14: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
    // $ ctr -n k8s.io tasks ls # container created
    22: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
    // $ ctr -n k8s.io tasks ls # container running
    39: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
    // $ ctr -n k8s.io tasks ls # second pod removed while ready
    63: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
  },
  'images-and-cross-client': {
    // $ ctr -n k8s.io tasks ls
    38: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
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
  },
  'configs-streams-stats': {
    // ExecSync {"containerId":"$rich","cmd":["sh","-c","echo $A $B; pwd; id -u"],"timeout":5}
    12: 'linux.security_context.run_as_user applied to the process (id -u prints 1000) and `id -u` itself',
    // read /tmp/ctrlab-cri-oracle/logs/default_misc_uid-misc-1/rich.log
    23: 'linux.security_context.run_as_user applied to the process (id prints uid=1000)',
    // read /tmp/ctrlab-cri-oracle/logs/default_misc_uid-misc-1/partial.log
    29: 'busybox head -c and tr in the simulated shell (the log\'s P/F records themselves match)',
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
