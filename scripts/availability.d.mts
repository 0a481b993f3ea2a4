// Types for scripts/availability.mjs (plain JavaScript: the production server runs it directly).
export function needsDatabase(method: string | undefined, url: string | undefined): boolean;
export function databaseProbe(
  databaseUrl: string | undefined,
  options?: { ttlMs?: number; timeoutMs?: number; onChange?: (up: boolean) => void },
): { isUp(): Promise<boolean> };
export function unavailablePage(url: string | undefined): string;
