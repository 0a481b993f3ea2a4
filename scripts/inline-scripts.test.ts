import { describe, expect, it } from "vitest";
import { inlineScripts } from "./inline-scripts.mjs";

describe("inlineScripts", () => {
  it("returns the exact text of inline executable scripts only", () => {
    const html = [
      '<script src="/_next/static/a.js" async=""></script>',
      "<script>self.__next_f.push([1,\"a\"])</script>",
      '<script type="application/ld+json">{"@type":"FAQPage"}</script>',
      '<script type="module">import "x"</script>',
      "<SCRIPT id=\"x\">\n  done()\n</SCRIPT>",
    ].join("");
    expect(inlineScripts(html)).toEqual(['self.__next_f.push([1,"a"])', 'import "x"', "\n  done()\n"]);
  });
});
