import { readFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { SOCIAL_IMAGE } from "./metadata";


const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "inter");
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: "normal" }[] | undefined;

/** Inter (the PDF's TTFs, with every Welsh letter), read once. */
function interFonts() {
  fonts ??= [
    { name: "Inter", data: readFileSync(path.join(FONT_DIR, "400Regular", "Inter_400Regular.ttf")), weight: 400, style: "normal" },
    { name: "Inter", data: readFileSync(path.join(FONT_DIR, "700Bold", "Inter_700Bold.ttf")), weight: 700, style: "normal" },
  ];
  return fonts;
}

/**
 * A page's social image: the group's name, the page's title and the site's address, in the
 * site's colours. Drawn at build time for every public page in each language.
 */
export function socialImage({ title, siteName, shortName, host }: { title: string; siteName: string; shortName: string; host: string }) {
  const size = title.length > 70 ? 56 : title.length > 40 ? 68 : 80;
  return new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: "#0b3d4f", color: "#ffffff", fontFamily: "Inter" }}>
        <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, padding: "64px 72px 40px" }}>
          <div style={{ display: "flex", fontSize: 40, fontWeight: 700, letterSpacing: 1 }}>{shortName}</div>
          <div style={{ display: "flex", fontSize: 28, marginTop: 8, color: "#d6e6ec" }}>{siteName}</div>
          <div style={{ display: "flex", flexGrow: 1, alignItems: "center", fontSize: size, fontWeight: 700, lineHeight: 1.15, marginTop: 24 }}>{title}</div>
          <div style={{ display: "flex", fontSize: 26, color: "#d6e6ec" }}>{host}</div>
        </div>
        <div style={{ display: "flex", height: 24, background: "#b3135a" }} />
      </div>
    ),
    { ...SOCIAL_IMAGE, fonts: interFonts() },
  );
}
