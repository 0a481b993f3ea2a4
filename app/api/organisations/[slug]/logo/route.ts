import { getPublicBrand } from "@/lib/organisations";

export const dynamic = "force-dynamic";

/** The logo of an approved organisation, for its public fact sheet page. 404 otherwise. */
export async function GET(_request: Request, { params }: RouteContext<"/api/organisations/[slug]/logo">) {
  const brand = await getPublicBrand((await params).slug);
  const png = brand?.profile?.logoPng;
  if (!png) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(png), {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" },
  });
}
