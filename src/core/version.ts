/** This tool's version (package.json's; a test keeps them equal), for --version and the User-Agent it sends. */
export const VERSION = '0.1.0';

export const USER_AGENT = `model-experiments/${VERSION} (node ${process.version})`;
