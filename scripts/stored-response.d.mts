// Types for scripts/stored-response.mjs (plain JavaScript: the production server runs it directly).
import type { IncomingMessage, ServerResponse } from "node:http";

export const HSTS: string;
export type StoredBody = { raw: Buffer; etag: string; gzip(): Buffer };
export function isForNext(req: Pick<IncomingMessage, "headers" | "url">): boolean;
export function storedHeaders(headers: Record<string, string>): Record<string, string>;
export function storedBody(raw: Buffer): StoredBody;
export function sendStored(
  req: IncomingMessage,
  res: ServerResponse,
  page: { status: number; headers: Record<string, string>; body: StoredBody; policy: { http: string; https: string } },
): void;
