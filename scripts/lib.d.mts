// Types for the parts of scripts/lib.mjs that the TypeScript tests and benchmarks use.
export function freePort(): Promise<number>;
export function waitForServer(url: string, log?: () => string): Promise<void>;
export function portalEnv(base: string, name: string): Record<string, string>;
