// Where nerdctl 0.22.2 documents the features ctrlab does not model (NotSimulatedError's pointer).
export const NERDCTL_DOCS = 'https://github.com/containerd/nerdctl/blob/v0.22.2/docs';
