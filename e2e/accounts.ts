/** Addresses the browser suite signs in as. STAFF_EMAIL is in the server's STAFF_EMAILS. */
export const STAFF_EMAIL = "staff@mic-sig.test";
