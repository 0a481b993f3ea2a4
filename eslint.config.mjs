import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The no-restricted-imports options for a group of files. ESLint replaces a rule's options for the
 * files a later block matches, so every block lists the rules that hold everywhere too.
 */
function restrictedImports({ app = false, database = false, fixtures = false } = {}) {
  const patterns = [];
  if (fixtures) patterns.push({ group: ["@/test", "@/test/*"], message: "Test fixtures (test/) are for tests only, never for the app's code." });
  if (app) patterns.push({ group: ["@/app", "@/app/*"], message: "components/ and lib/ never import from app/: pass actions and data down as props." });
  if (database) {
    patterns.push({
      group: ["@/lib/db", "@/lib/db/*", "@prisma/client", "@prisma/client/*"],
      message: "Only lib/ opens the database: call a lib/<domain> function instead.",
    });
  }
  return {
    paths: [
      {
        name: "contentlayer/generated",
        message: "Import content through lib/content, the only module that reads Contentlayer's output.",
      },
    ],
    patterns,
  };
}

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".contentlayer/**",
      ".data/**",
      "node_modules/**",
      "lib/db/generated/**",
      "public/pagefind/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      ".test-reports/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", restrictedImports()],
    },
  },
  // Dependencies run one way: app -> components -> lib. Components and lib never reach into app
  // (actions and data come down as props), and only lib/ opens the database: pages, components,
  // route handlers and browser tests call the lib/<domain> functions (unit tests may set up data).
  // Test fixtures live in test/ and stay out of the app's code.
  {
    files: ["lib/**"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", restrictedImports({ app: true, fixtures: true })] },
  },
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": ["error", restrictedImports({ app: true, database: true, fixtures: true })] },
  },
  {
    files: ["app/**"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", restrictedImports({ database: true, fixtures: true })] },
  },
  {
    files: ["e2e/**"],
    rules: { "no-restricted-imports": ["error", restrictedImports({ database: true })] },
  },
  {
    files: ["lib/content/index.ts"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
