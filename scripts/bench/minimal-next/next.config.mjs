// The benchmark's yardstick: a bare Next app of the portal's Next version, serving the text of the
// portal's About page, with no proxy, styles or scripts of its own. `npm run bench:fixture` builds
// it in a temporary folder whose node_modules links to the portal's, so the workspace root is the
// common ancestor of the two.
const nextConfig = { poweredByHeader: false, turbopack: { root: "/" }, outputFileTracingRoot: "/" };

export default nextConfig;
