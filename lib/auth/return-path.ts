/** A same-site path to return to after signing in; anything else (another site, //host) falls back. */
export function safeReturnPath(value: unknown, fallback: string): string {
  return typeof value === "string" && /^\/(?!\/)[\w\-./?=&%#]*$/.test(value) ? value : fallback;
}
