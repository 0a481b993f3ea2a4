import { currentActor } from "@/lib/auth/session";
import { getLogo, getMyOrganisation } from "@/lib/organisations";

export const dynamic = "force-dynamic";

/** The signed-in member's organisation logo (the normalised PNG). 401 signed out, 404 with none. */
export async function GET() {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in first", { status: 401 });
  const mine = await getMyOrganisation(actor);
  if (!mine) return new Response("Not found", { status: 404 });
  const logo = await getLogo(actor, mine.organisation.id);
  if (!logo) return new Response("Not found", { status: 404 });
  return new Response(logo.png, {
    headers: {
      "Content-Type": "image/png",
      "Cache-Control": "private, max-age=300",
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
