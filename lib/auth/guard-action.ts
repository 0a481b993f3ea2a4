import "server-only";
import { notFound, redirect } from "next/navigation";
import { isLocale, localePath, type Locale } from "@/lib/i18n";
import { NotFoundError } from "@/lib/organisations/errors";
import { currentActor, type Actor } from "./session";

/**
 * Wraps a server action so none can forget the session check: without a signed-in person it
 * sends them to sign in, and a NotFound from the data layer (someone else's organisation, a
 * forged id) becomes a plain 404. The data layer checks again: this is not the only guard.
 */
export function withActor<S>(run: (actor: Actor, locale: Locale, formData: FormData, previous: S) => Promise<S>) {
  return async (previous: S, formData: FormData): Promise<S> => {
    const raw = formData.get("locale");
    const locale: Locale = isLocale(raw) ? raw : "en";
    const actor = await currentActor();
    if (!actor) redirect(localePath(locale, "/sign-in"));
    try {
      return await run(actor, locale, formData, previous);
    } catch (error) {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }
  };
}

/** The same guard for a plain `<form action>` that redirects when done. */
export function withActorForm(run: (actor: Actor, locale: Locale, formData: FormData) => Promise<void>) {
  const guarded = withActor<void>((actor, locale, formData) => run(actor, locale, formData));
  return (formData: FormData) => guarded(undefined, formData);
}
