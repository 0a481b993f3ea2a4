// Types for scripts/not-found.mjs (plain JavaScript: the production server runs it directly).
import type { IncomingMessage, ServerResponse } from "node:http";

type Route = { page: string; regex: string };
type Policy = { http: string; https: string };
export type AddressBook = { isUnknown(pathname: string): boolean };
export function localeOfPath(pathname: string): "en" | "cy";
export function loadAddressBook(root?: string): AddressBook | undefined;
export function addressBook(manifests: {
  routes: {
    staticRoutes: Route[];
    dynamicRoutes: Route[];
    redirects: { regex: string }[];
    rewrites: { beforeFiles?: unknown[]; afterFiles?: { regex: string; destination: string; has?: unknown; missing?: unknown }[]; fallback?: unknown[] };
  };
  prerender: { routes: Record<string, unknown>; dynamicRoutes: Record<string, { fallback: false | null | string }> };
  publicNames: Set<string>;
}): AddressBook;
export function storedNotFoundPage(
  response: { status: number; headers: Record<string, string>; html: string },
  basePolicy: Policy | undefined,
): { status: 404; headers: Record<string, string>; policy: Policy; body: { raw: Buffer; etag: string; gzip(): Buffer }; hashes: string[] } | undefined;
export function notFoundPages(
  book: AddressBook | undefined,
  basePolicy: Policy | undefined,
): { send(req: IncomingMessage, res: ServerResponse): boolean; fill(base: string): Promise<void> };
