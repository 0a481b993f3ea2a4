// Types for scripts/request-log.mjs (plain JavaScript: the production server runs it directly).
export function requestId(headers: Record<string, string | string[] | undefined>, hops: number): string;
export function mask(text: string): string;
export function logLine(level: string, fields: Record<string, unknown>, options?: { maskSecrets?: boolean }): string;
export function logAsJsonLines(options?: { maskSecrets?: boolean }): void;
