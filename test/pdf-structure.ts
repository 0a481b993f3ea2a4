import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, type PDFObject } from "pdf-lib";

/**
 * A structure check of a tagged PDF against the PDF/UA-1 rules the branded fact sheet must keep
 * (the ones a validator such as veraPDF reports), written for the tests because no validator runs
 * here. It walks the objects with pdf-lib and returns each broken rule as a sentence.
 */

export type StructNode = { type: string; lang?: string; alt?: string; actualText?: string; children: StructNode[]; mcids: number; objrs: PDFRef[] };

type Report = { problems: string[]; tree: StructNode; lang?: string; links: number; figures: number };

const text = (o: PDFObject | undefined) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);

/** Reads the PDF and checks its structure; `problems` is empty when every rule holds. */
export async function checkPdfStructure(bytes: Uint8Array): Promise<Report> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = pdf.context;
  const deref = (o: PDFObject | undefined) => (o instanceof PDFRef ? ctx.lookup(o) : o);
  const problems: string[] = [];
  const catalog = pdf.catalog;

  const lang = text(catalog.get(PDFName.of("Lang")));
  if (!lang) problems.push("the document has no /Lang");
  const markInfo = deref(catalog.get(PDFName.of("MarkInfo"))) as PDFDict | undefined;
  if (String(markInfo?.get(PDFName.of("Marked"))) !== "true") problems.push("/MarkInfo /Marked is not true");

  const root = deref(catalog.get(PDFName.of("StructTreeRoot"))) as PDFDict | undefined;
  if (!root) return { problems: [...problems, "there is no structure tree"], tree: { type: "none", children: [], mcids: 0, objrs: [] }, lang, links: 0, figures: 0 };

  // Every object reference (OBJR) in the tree, and the structure type that holds it.
  const objrParents = new Map<string, string>();

  function walk(dict: PDFDict): StructNode {
    const type = (dict.get(PDFName.of("S")) as PDFName | undefined)?.decodeText() ?? "?";
    const node: StructNode = {
      type,
      lang: text(dict.get(PDFName.of("Lang"))),
      alt: text(dict.get(PDFName.of("Alt"))),
      actualText: text(dict.get(PDFName.of("ActualText"))),
      children: [],
      mcids: 0,
      objrs: [],
    };
    const k = deref(dict.get(PDFName.of("K")));
    const kids = k instanceof PDFArray ? k.asArray() : k === undefined ? [] : [k];
    for (const kid of kids) {
      const value = deref(kid);
      if (value instanceof PDFNumber) node.mcids += 1;
      else if (value instanceof PDFDict) {
        const kidType = (value.get(PDFName.of("Type")) as PDFName | undefined)?.decodeText();
        if (kidType === "OBJR") {
          const ref = value.get(PDFName.of("Obj")) as PDFRef;
          node.objrs.push(ref);
          objrParents.set(ref.toString(), type);
        } else if (kidType === "MCR") node.mcids += 1;
        else node.children.push(walk(value));
      }
    }
    return node;
  }
  const top = deref(root.get(PDFName.of("K")));
  const tops = top instanceof PDFArray ? top.asArray().map((t) => deref(t) as PDFDict) : [top as PDFDict];
  const tree: StructNode = { type: "StructTreeRoot", children: tops.map(walk), mcids: 0, objrs: [] };

  let figures = 0;
  let lastHeading = 0;
  function check(node: StructNode, parent: StructNode | undefined) {
    if (node.type === "LI" && parent?.type !== "L") problems.push(`an LI sits in ${parent?.type ?? "nothing"}, not in an L`);
    if (node.type === "L" && node.children.some((c) => c.type !== "LI" && c.type !== "Caption")) problems.push("an L holds something other than LI");
    if (node.type === "LI" && node.children.some((c) => c.type !== "Lbl" && c.type !== "LBody")) problems.push("an LI holds something other than Lbl and LBody");
    if (node.type === "Figure") {
      figures += 1;
      if (!node.alt?.trim()) problems.push("a Figure has no /Alt");
    }
    if (node.type === "Link" && node.objrs.length === 0) problems.push("a Link element has no link annotation (OBJR)");
    if (node.type === "Link" && node.mcids === 0) problems.push("a Link element has no link text");
    const heading = /^H([1-6])$/.exec(node.type);
    if (heading) {
      const level = Number(heading[1]);
      if (level > lastHeading + 1) problems.push(`a heading skips from H${lastHeading} to H${level}`);
      lastHeading = level;
    }
    for (const child of node.children) check(child, node);
  }
  check(tree, undefined);

  // Pages: link annotations in the tree, tab order by structure, and no text outside it.
  let links = 0;
  for (const page of pdf.getPages()) {
    const dict = page.node;
    if ((dict.get(PDFName.of("Tabs")) as PDFName | undefined)?.decodeText() !== "S") problems.push("a page has no /Tabs /S");
    const annots = deref(dict.get(PDFName.of("Annots")));
    for (const ref of annots instanceof PDFArray ? annots.asArray() : []) {
      const annot = deref(ref) as PDFDict;
      if ((annot.get(PDFName.of("Subtype")) as PDFName | undefined)?.decodeText() !== "Link") continue;
      links += 1;
      const parentType = objrParents.get(ref.toString());
      if (parentType !== "Link") problems.push(`a link annotation is ${parentType ? `held by ${parentType}` : "not in the structure tree"}, not by a Link element`);
      if (!(annot.get(PDFName.of("StructParent")) instanceof PDFNumber)) problems.push("a link annotation has no /StructParent");
      if (!text(annot.get(PDFName.of("Contents")))?.trim()) problems.push("a link annotation has no alternate text (/Contents)");
    }
    problems.push(...unmarkedText(page.node.Contents(), deref));
  }
  return { problems: [...new Set(problems)], tree, lang, links, figures };
}

/** Text drawn outside both marked structure content (BDC with an MCID) and artifacts. */
function unmarkedText(contents: PDFObject | undefined, deref: (o: PDFObject | undefined) => PDFObject | undefined): string[] {
  const streams = contents instanceof PDFArray ? contents.asArray().map(deref) : [deref(contents)];
  const problems: string[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    const source = Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
    // Strings first (they may hold anything), then the operators in order.
    const ops = source.replace(/<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)/g, " s ").match(/\/MCID|\/Artifact|\b(?:BDC|BMC|EMC|Tj|TJ)\b|'|"/g) ?? [];
    const stack: Array<"marked" | "artifact" | "other"> = [];
    let pending: "marked" | "artifact" | "other" = "other";
    for (const op of ops) {
      if (op === "/MCID") pending = "marked";
      else if (op === "/Artifact") pending = "artifact";
      else if (op === "BDC" || op === "BMC") {
        stack.push(pending);
        pending = "other";
      } else if (op === "EMC") stack.pop();
      else if (!stack.some((s) => s === "marked" || s === "artifact")) {
        problems.push("text is drawn outside the structure tree without being marked as an artifact");
      }
    }
  }
  return problems;
}

/** The tree as indented lines ("Document", "  Sect [cy-GB]"…), for messages and the closing note. */
export function outline(node: StructNode, depth = 0): string[] {
  const self = depth === 0 ? [] : [`${"  ".repeat(depth - 1)}${node.type}${node.lang ? ` [${node.lang}]` : ""}${node.objrs.length ? " (annotation)" : ""}`];
  return [...self, ...node.children.flatMap((c) => outline(c, depth + 1))];
}
