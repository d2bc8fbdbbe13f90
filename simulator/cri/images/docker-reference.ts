// distribution/reference's ParseDockerRef family is a library every client links; it lives in
// oci/ so tools can use it without reaching into the CRI plugin. Re-exported for the plugin.
export * from '../../oci/docker-reference';
