// Types for scripts/own-postgres.mjs (plain JavaScript: benchmark scripts run it directly).
export type OwnPostgres = { url: string; port: number; start(): void; stop(): void; remove(): void };
export function postgresBinDir(): string | undefined;
export function startOwnPostgres(options?: { name?: string }): Promise<OwnPostgres>;
