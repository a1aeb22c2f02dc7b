/** Kept equal to package.json's name and version by a test. */
export const PLUGIN_NAME = "eslint-plugin-csp-comms";
export const PLUGIN_VERSION = "0.1.0";
export const PLUGIN_NAMESPACE = "csp-comms";
