import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site/env";

/** /robots.txt: the public site is open to search engines; sign-in, provider, staff and API are not. */
export default function robots(): MetadataRoute.Robots {
  const privateAreas = ["/provider", "/staff", "/sign-in", "/auth-error", "/feedback/"];
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [...privateAreas, ...privateAreas.map((p) => `/cy${p}`), "/api/"],
    },
    sitemap: [new URL("/sitemap.xml", siteUrl()).href, new URL("/directory-sitemap.xml", siteUrl()).href],
  };
}
