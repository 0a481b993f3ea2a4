import "server-only";
import { notFound, redirect } from "next/navigation";
import { localePath, type Locale } from "@/lib/i18n";
import { auth } from "./index";
import { isStaffEmail } from "./settings";

/** The signed-in person, as every authorisation check in the data layer receives it. */
export type Actor = { userId: string; email: string; isStaff: boolean };

/** The current person, or undefined when nobody is signed in. */
export async function currentActor(): Promise<Actor | undefined> {
  const session = await auth();
  const user = session?.user as { id?: string; email?: string | null } | undefined;
  if (!user?.id || !user.email) return undefined;
  return { userId: user.id, email: user.email.toLowerCase(), isStaff: isStaffEmail(user.email) };
}

/** For pages: the signed-in person, or a redirect to sign in and come back to `returnTo`. */
export async function requireActor(locale: Locale, returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`${localePath(locale, "/sign-in")}?returnTo=${encodeURIComponent(localePath(locale, returnTo))}`);
  return actor;
}

/** For staff pages: staff only; anyone else gets a 404 (the area's existence is not advertised). */
export async function requireStaff(locale: Locale, returnTo: string): Promise<Actor> {
  const actor = await requireActor(locale, returnTo);
  if (!actor.isStaff) notFound();
  return actor;
}
