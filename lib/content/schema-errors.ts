import type { Finding } from "./check";
import { headerLine } from "./files";

/**
 * Turns the content build's (Contentlayer's) schema report into findings with a file and line, so a
 * member of staff editing in the browser sees the problem on the line of the field, not in a log.
 *
 * Contentlayer prints one block per document:
 *   "faqs/en/what-levels.mdx" (of type "Faq") is missing the following required fields:
 *     • category: enum
 *   "pages/en/about.mdx" of type "Page" has the following extra fields:
 *     • summry: "…"
 *   "…" of type "…" has the following incompatible fields:
 *   "…" failed with <YAML or Markdown error>
 */
const HEAD = /^\s*(?:[•└─ ]+)?"([^"]+\.mdx)"\s+(?:\(of type "(\w+)"\)|of type "(\w+)")?\s*(is missing the following required fields|has the following extra fields|has the following incompatible fields|failed with)(.*)$/;
const ITEM = /^\s*•\s*([\w.-]+):\s?(.*)$/;

/** Findings for every document the content build rejected; empty when the report has none it knows. */
export function schemaFindings(report: string, root: string): Finding[] {
  const findings: Finding[] = [];
  const lines = report.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const head = HEAD.exec(lines[i]!);
    if (!head) continue;
    const file = `content/${head[1]}`;
    const type = head[2] ?? head[3] ?? "document";
    const kind = head[4]!;
    if (kind === "failed with") {
      const yamlLine = /line (\d+)/.exec(head[5] ?? "")?.[1];
      findings.push({ level: "error", file, line: yamlLine ? Number(yamlLine) + 1 : 1, message: `cannot be read: ${head[5]!.trim()}` });
      continue;
    }
    for (let j = i + 1; j < lines.length; j++) {
      const item = ITEM.exec(lines[j]!);
      if (!item) break;
      const [, field, detail] = item as unknown as [string, string, string];
      if (kind.includes("missing")) {
        findings.push({ level: "error", file, line: 1, message: `the field "${field}" is required for a ${type} (${detail.trim()}): add it to the header` });
      } else if (kind.includes("extra")) {
        findings.push({ level: "error", file, line: headerLine(root, file, field), message: `"${field}" is not a field of a ${type}: check its spelling, or remove it (CONTENT.md lists the fields)` });
      } else {
        findings.push({ level: "error", file, line: headerLine(root, file, field), message: `the field "${field}" has the wrong kind of value (${detail.trim()}): see CONTENT.md for its format` });
      }
    }
  }
  return findings;
}
