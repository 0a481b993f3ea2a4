import * as schema from "../../contentlayer.config";
import type { Finding } from "./check";
import { headerLine, type ContentFile } from "./files";

type FieldDef = { type: string; options?: readonly string[]; of?: { type: string; options?: readonly string[] } };
type TypeDef = { name: string; filePathPattern?: string; fields?: Record<string, FieldDef> };

/** Each content folder's document type and its fields, read from contentlayer.config.ts. */
function typesByFolder() {
  const byFolder = new Map<string, TypeDef>();
  for (const value of Object.values(schema)) {
    const def = (value as { def?: () => TypeDef }).def?.();
    if (!def?.filePathPattern || !def.fields) continue;
    byFolder.set(def.filePathPattern.split("/")[0]!, def);
  }
  return byFolder;
}

/**
 * The content build accepts any text in a field declared as a choice (`nation: walse` passes it), so
 * this checks every choice against its options, on the line of the field.
 */
export function checkChoices(root: string, docs: ContentFile[]): Finding[] {
  const types = typesByFolder();
  const findings: Finding[] = [];
  for (const doc of docs) {
    const def = types.get(doc.folder);
    if (!def?.fields) continue;
    for (const [field, fieldDef] of Object.entries(def.fields)) {
      const options = fieldDef.type === "enum" ? fieldDef.options : fieldDef.type === "list" && fieldDef.of?.type === "enum" ? fieldDef.of.options : undefined;
      const value = doc.data[field];
      if (!options || value === undefined || value === null) continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        if (options.includes(String(v))) continue;
        findings.push({ level: "error", file: doc.file, line: headerLine(root, doc.file, field), message: `${field} must be one of ${options.join(", ")} (found "${String(v)}")` });
      }
    }
  }
  return findings;
}
