import { describe, expect, it } from "vitest";
import { atomFeed } from "./feed";

describe("the Atom feed", () => {
  const feed = atomFeed({
    site: new URL("https://micsig.example"),
    selfPath: "/cy/feed.xml",
    homePath: "/cy",
    lang: "cy",
    title: "MIC.SIG",
    subtitle: "Newyddion",
    author: "Grŵp <MIC.SIG>",
    typeName: () => "Adnodd",
    items: [
      { type: "resource", title: "Guide & notes", summary: "A <b>guide</b>", path: "/cy/resources#guide", date: "2025-08-01", published: "2025-08-01", updated: "2026-11-27", lang: "cy", titleLang: "en" },
      { type: "webinar", title: "Gweminar", summary: "Sgwrs", path: "/cy/webinars/x", date: "2024-03-01", updated: "2026-11-20", lang: "cy", titleLang: "cy" },
    ],
  });

  it("escapes every text, so no title or summary can add markup", () => {
    expect(feed).toContain("<title xml:lang=\"en\">Guide &amp; notes</title>");
    expect(feed).toContain("<summary>A &lt;b&gt;guide&lt;/b&gt;</summary>");
    expect(feed).toContain("<author><name>Grŵp &lt;MIC.SIG&gt;</name></author>");
    expect(feed).not.toContain("<b>");
  });

  it("gives each entry its address as id, and the feed the newest entry's date", () => {
    expect(feed).toContain("<id>https://micsig.example/cy/resources#guide</id>");
    expect(feed).toContain("<published>2025-08-01T00:00:00.000Z</published>");
    expect(feed.match(/<published>/g)).toHaveLength(1);
    expect(feed).toMatch(/<feed [^>]*xml:lang="cy">\s*<id>https:\/\/micsig\.example\/cy\/feed\.xml<\/id>/);
    expect(feed).toContain("  <updated>2026-11-27T00:00:00.000Z</updated>\n<entry".replace("\n<entry", "\n  <entry"));
    expect(feed).toContain("<title>Gweminar</title>");
  });
});
