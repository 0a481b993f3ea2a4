import { timingSafeEqual } from "node:crypto";

/** The header of the production server's own start-up request (scripts/server.mjs). */
export const PREPARE_HEADER = "x-micsig-prepare";

/**
 * True only for the request the production server sends itself once it listens, carrying the
 * random token it put in MICSIG_PREPARE_TOKEN for this process. A client cannot know the token,
 * so a forged header is an ordinary request; without the variable (tests, `next start`) nothing
 * matches.
 */
export function isPrepareRequest(request: Request, token = process.env.MICSIG_PREPARE_TOKEN) {
  const given = request.headers.get(PREPARE_HEADER);
  if (!token || token.length < 32 || !given || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}
