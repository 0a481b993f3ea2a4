import { describe, expect, it } from "vitest";
import { extractHeadings, slugify } from "./slug";

describe("slugify", () => {
  it("makes stable ASCII anchors, folding Welsh accents", () => {
    expect(slugify("What is a micro-credential?")).toBe("what-is-a-micro-credential");
    expect(slugify("Beth yw'r ŵyl & ŷd?")).toBe("beth-yw-r-wyl-and-yd");
    expect(slugify("  Levels 2 to 7  ")).toBe("levels-2-to-7");
  });
});

describe("extractHeadings", () => {
  it("lists ## and ### headings with the ids the renderer uses, skipping code blocks", () => {
    const md = ["## What they are", "text", "```", "## not a heading", "```", "### Cost *per* week", "#### too deep"].join("\n");
    expect(extractHeadings(md)).toEqual([
      { depth: 2, text: "What they are", id: "what-they-are" },
      { depth: 3, text: "Cost per week", id: "cost-per-week" },
    ]);
  });
});
