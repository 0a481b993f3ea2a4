import { handlers } from "@/lib/auth";

/**
 * next-auth's HTTP endpoints, narrowed to what the portal uses: GET requests (the link in the
 * e-mail lands on /api/auth/callback/nodemailer). Sign-in links are requested only through the
 * sign-in form's server action, which checks the address and the rate limits before it calls
 * next-auth directly; sign-out is a server action too. So every POST here is refused: a client
 * posting to /api/auth/signin/nodemailer cannot skip those checks.
 */
export const { GET } = handlers;

export function POST() {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
}
