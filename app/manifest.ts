import type { MetadataRoute } from "next";
import { getMessages } from "@/lib/i18n/messages";

/** /manifest.webmanifest: the site's name, colours and icons, for a phone's home screen. */
export default function manifest(): MetadataRoute.Manifest {
  const site = getMessages("en").site;
  return {
    name: `${site.shortName}: ${site.name}`,
    short_name: site.shortName,
    description: site.tagline,
    lang: "en",
    start_url: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#0b3d4f",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/apple-touch-icon.png", sizes: "180x180", type: "image/png" },
    ],
  };
}
