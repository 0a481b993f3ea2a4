// Types for the parts of scripts/lib.mjs that the TypeScript tests use.
export function freePort(): Promise<number>;
export function waitForServer(url: string, log?: () => string): Promise<void>;
