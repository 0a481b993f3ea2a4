import localFont from "next/font/local";

// Full Inter TTFs (OFL) from @expo-google-fonts/inter: one file per weight covers Welsh
// ŵ ŷ ẁ ẃ ẅ ỳ. Self-hosted; next/font/google would need the network at build time.
export const inter = localFont({
  src: [
    { path: "../node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf", weight: "400", style: "normal" },
    { path: "../node_modules/@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf", weight: "600", style: "normal" },
    { path: "../node_modules/@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf", weight: "700", style: "normal" },
  ],
  variable: "--font-inter",
  display: "swap",
  fallback: ["Arial", "Helvetica", "sans-serif"],
});
