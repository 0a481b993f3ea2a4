import type { FactSheet } from "@/lib/content";
import { approvalLine } from "@/lib/fact-sheet/approval";
import { getMessages, type Locale } from "@/lib/i18n";
import { anchors } from "@/lib/vocabulary";

/**
 * The locked fact-sheet text, section by section. The public page, the provider preview and the
 * shareable branded page all render it through this one component.
 */
export function FactSheetText({ sheet, locale, headingLevel = 2 }: { sheet: FactSheet; locale: Locale; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="fact-sheet-text">
      <p className="lead">{sheet.lead}</p>
      {sheet.sections.map((section) => (
        <section key={section.id} aria-labelledby={anchors.factSheetSection(section.id)}>
          <Heading id={anchors.factSheetSection(section.id)}>{section.heading}</Heading>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {section.bullets?.length ? (
            <ul>
              {section.bullets.map((bullet) => (
                <li key={bullet}>{bullet}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
      <p className="caption fact-sheet-approval">{approvalLine(sheet, locale, getMessages(locale).factSheet)}</p>
    </div>
  );
}
