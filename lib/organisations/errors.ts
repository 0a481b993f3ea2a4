/** The organisation does not exist or the person may not see it: answered 404, never 403, so ids leak nothing. */
export class NotFoundError extends Error {
  constructor(message = "Not found") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** The person may see the organisation but not do this (a member acting as owner): answered 403. */
export class ForbiddenError extends Error {
  constructor(message = "Forbidden") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** The change would break a rule the database holds (a domain another organisation holds). */
export class ConflictError extends Error {
  constructor(message = "Conflict") {
    super(message);
    this.name = "ConflictError";
  }
}

/**
 * Prisma's unique-constraint failure (P2002), as raised by either database adapter; with `on`,
 * only when the constraint's name or fields mention it (e.g. "OrganisationDomain", "userId").
 */
export function isUniqueViolation(error: unknown, on?: string): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return false;
  if (!on) return true;
  const { message, meta } = error as { message?: string; meta?: unknown };
  return `${message ?? ""} ${JSON.stringify(meta ?? {})}`.includes(on);
}
