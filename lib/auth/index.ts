import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import type { Adapter } from "next-auth/adapters";
import Nodemailer from "next-auth/providers/nodemailer";
import { getDb, type PrismaClient } from "@/lib/db";
import { siteUrl } from "@/lib/site/env";
import { normaliseEmail } from "./email-address";
import { sendSignInLink } from "./mail";
import { SIGN_IN_LINK_MAX_AGE_SECONDS } from "./settings";

/**
 * The Prisma adapter, with one fix: its deleteSession throws when the row is already gone, which
 * turns a sign-in with a stale cookie into an error and burns the link. deleteMany is idempotent.
 */
function adapter(db: PrismaClient): Adapter {
  const base = PrismaAdapter(db);
  return {
    ...base,
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { sessionToken } });
    },
  };
}

// Sign-in e-mails the mail server would not take, per address, with the expiry of their link.
// next-auth stores a link's token while its e-mail is being sent and does not undo the store when
// the sending fails, so the failure is kept here (instead of thrown into next-auth) for
// requestSignInLink to delete the token once both have finished.
const unsent = new Map<string, Date>();

/** Whether the sign-in e-mail just asked for could not be sent; if so, its link is deleted. */
export async function discardIfUnsent(identifier: string): Promise<boolean> {
  const expires = unsent.get(identifier);
  if (!expires) return false;
  unsent.delete(identifier);
  const db = await getDb();
  await db.verificationToken.deleteMany({ where: { identifier, expires } });
  return true;
}

// Sign-in links and redirects use the site's public address (SITE_URL), not the address the
// server sees behind a proxy.
process.env.AUTH_URL ??= siteUrl().origin;

// Configured lazily, on the first request: `next build` never opens the database.
export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    adapter: adapter(db),
    session: { strategy: "database", maxAge: 8 * 60 * 60 },
    trustHost: true,
    // Over https (SITE_URL), every cookie is Secure with the __Secure-/__Host- prefix; next-auth
    // makes them HttpOnly and SameSite=Lax in any case.
    useSecureCookies: siteUrl().protocol === "https:",
    providers: [
      Nodemailer({
        // The transport is ours (sendSignInLink); next-auth only needs a value here.
        server: process.env.EMAIL_SERVER || "smtp://localhost:25",
        from: process.env.EMAIL_FROM || "MIC.SIG <no-reply@localhost>",
        maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
        // The portal's one strict parser: anything but a single plain address is refused here too,
        // whatever path reached next-auth (lib/auth/email-address).
        normalizeIdentifier: (identifier) => {
          const address = normaliseEmail(identifier);
          if (!address) throw new Error("Refused a sign-in for an address that is not one plain e-mail address.");
          return address;
        },
        sendVerificationRequest: async ({ identifier, url, expires }) => {
          try {
            await sendSignInLink({ to: identifier, url });
            unsent.delete(identifier);
          } catch (error) {
            console.error("[sign-in] the mail server did not take the sign-in e-mail:", (error as Error).message);
            unsent.set(identifier, expires);
          }
        },
      }),
    ],
    pages: {
      signIn: "/sign-in",
      verifyRequest: "/sign-in/check-email",
      error: "/auth-error",
    },
  };
});
