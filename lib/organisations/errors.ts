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
