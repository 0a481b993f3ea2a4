/** @type {import('next').NextConfig} */

// Headers every response carries. The Content-Security-Policy and HSTS are set per request in
// proxy.ts, because they depend on the page (build-time hashes or a nonce) and on the scheme.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig = {
  poweredByHeader: false,
  // .next/standalone: the server with only the files it needs, assembled by scripts/build.mjs (DEPLOY.md).
  output: "standalone",
  experimental: {
    // app/global-not-found.tsx answers every address no route matches, in its language.
    globalNotFound: true,
    // Every server action is a small form (sign-in, brand details, members). The one large body,
    // the logo upload, goes to its own route handler with its own 2 MB limit.
    serverActions: { bodySizeLimit: "64kb" },
  },
  reactStrictMode: true,
  // Contentlayer's generated files are read at build time; nothing to transpile from them.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "sharp", "pdfkit"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  async redirects() {
    // English lives at the root: /en/... is only an internal route, never a public address.
    return [
      { source: "/en", destination: "/", permanent: true },
      { source: "/en/:path*", destination: "/:path*", permanent: true },
    ];
  },
  async rewrites() {
    return [
      { source: "/.well-known/security.txt", destination: "/api/security-txt" },
      { source: "/", destination: "/en" },
      { source: "/:path((?!cy$|cy/|en$|en/|api/|data/|_next/|pagefind/|\\.well-known/).+)", destination: "/en/:path" },
    ];
  },
};

export default nextConfig;
