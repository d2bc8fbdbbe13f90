// Release tarballs the node can download (wget/curl of an https URL); owned by the install-steps work.
export function releaseDownload(_url: string): { bytes: string; } | undefined { return undefined; }
