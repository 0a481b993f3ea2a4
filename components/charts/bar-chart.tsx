import type { CSSProperties } from "react";
import { formatValue, type ChartModel } from "@/lib/survey/chart";
import type { RespondentGroup } from "@/lib/survey/dataset";

// Drawn on the server in HTML and CSS: no client JavaScript, and every label is ordinary text in
// the page's own size, so it wraps on a phone and grows with the reader's text size and zoom
// (WCAG 1.4.4, 1.4.10) instead of shrinking with a scaled drawing. Each bar carries its group name
// and value as text, and the two groups differ by pattern as well as colour, so colour is never
// the only cue. The chart is one image to assistive technology (its title and description); the
// data table beside it gives the numbers.
export function BarChart<G extends string = RespondentGroup>({
  id,
  model,
  title,
  description,
  groupNames,
  notReported,
}: {
  id: string;
  model: ChartModel<G>;
  title: string;
  description: string;
  groupNames: Record<G, string>;
  notReported: string;
}) {
  return (
    <div className="chart" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <span id={`${id}-title`} hidden>
        {title}
      </span>
      <span id={`${id}-desc`} hidden>
        {description}
      </span>
      {model.sections.map((section) => (
        <div key={section.category ?? "all"} className="chart-section">
          {section.category ? <p className="chart-section-name">{section.category}</p> : null}
          {section.rows.map((row) => (
            <div key={row.label} className="chart-row">
              <p className="chart-label">{row.label}</p>
              {row.bars.map((bar) => (
                <p key={bar.group} className="chart-bar-line">
                  {bar.value === null ? (
                    <span className="chart-missing">{`${groupNames[bar.group]}: ${notReported.toLowerCase()}`}</span>
                  ) : (
                    <>
                      <span className={`chart-bar chart-bar-${bar.group}`} style={{ "--fraction": bar.fraction } as CSSProperties} />
                      <span className="chart-value">{`${groupNames[bar.group]} ${formatValue(bar.value, model.unit, notReported)}`}</span>
                    </>
                  )}
                </p>
              ))}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
