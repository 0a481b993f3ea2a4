// Types for scripts/prerendered.mjs (plain JavaScript: the production server runs it directly).
type Req = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };
type Res = { setHeader(name: string, value: string): unknown };
export const PRERENDERED_MARK: string;
export function loadPrerenderedPolicies(root?: string): Map<string, { http: string; https: string }>;
export function applyPrerenderedHeaders(req: Req, res: Res, policies: Map<string, { http: string; https: string }>): boolean;
export function allowBackForwardCache(req: Req, res: Res): boolean;
export function prerenderedPages(
  policies: Map<string, { http: string; https: string }>,
  root?: string,
): { send(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse): boolean; fill(base: string): Promise<void> };
