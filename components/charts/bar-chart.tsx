import { formatValue, type ChartModel } from "@/lib/survey/chart";
import type { RespondentGroup } from "@/lib/survey/dataset";

// Drawn on the server as SVG: no client JavaScript. Each bar carries its group name and value as
// text, and the two groups differ by pattern as well as colour, so colour is never the only cue.
// Sized for a phone first: at 343 px wide the text is still about 13 px.
const WIDTH = 440;
const LABEL_HEIGHT = 22;
const BAR_HEIGHT = 18;
const BAR_GAP = 4;
const ROW_GAP = 12;
const SECTION_HEIGHT = 30;
const AXIS_HEIGHT = 28;
const TEXT_ROOM = 128; // space right of the longest bar for "Employers 100%"

const fills: Record<RespondentGroup, (id: string) => string> = {
  employers: () => "#0b3d4f",
  psrbs: (id) => `url(#${id}-hatch)`,
};

export function BarChart({
  id,
  model,
  title,
  description,
  groupNames,
  notReported,
}: {
  id: string;
  model: ChartModel;
  title: string;
  description: string;
  groupNames: Record<RespondentGroup, string>;
  notReported: string;
}) {
  const barArea = WIDTH - TEXT_ROOM;
  let y = 8;
  const parts: React.ReactNode[] = [];
  for (const section of model.sections) {
    if (section.category) {
      y += 6;
      parts.push(
        <text key={`s-${section.category}`} x={0} y={y + 18} className="chart-section">
          {section.category}
        </text>,
      );
      y += SECTION_HEIGHT - 6;
    }
    for (const row of section.rows) {
      parts.push(
        <text key={`l-${section.category}-${row.label}`} x={0} y={y + 16} className="chart-label">
          {row.label}
        </text>,
      );
      y += LABEL_HEIGHT;
      for (const bar of row.bars) {
        const length = Math.max(bar.value === null ? 0 : 2, bar.fraction * barArea);
        const text =
          bar.value === null
            ? `${groupNames[bar.group]}: ${notReported.toLowerCase()}`
            : `${groupNames[bar.group]} ${formatValue(bar.value, model.unit, notReported)}`;
        parts.push(
          <g key={`b-${section.category}-${row.label}-${bar.group}`}>
            {bar.value === null ? null : (
              <rect x={0} y={y} width={length} height={BAR_HEIGHT} fill={fills[bar.group](id)} stroke="#0b3d4f" strokeWidth={1} />
            )}
            <text x={bar.value === null ? 0 : length + 5} y={y + 14} className={bar.value === null ? "chart-missing" : "chart-value"}>
              {text}
            </text>
          </g>,
        );
        y += BAR_HEIGHT + BAR_GAP;
      }
      y += ROW_GAP;
    }
  }
  const axisY = y;
  const height = axisY + AXIS_HEIGHT;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      className="chart"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        <pattern id={`${id}-hatch`} width={8} height={8} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={8} height={8} fill="#ffffff" />
          <rect width={4} height={8} fill="#b3135a" />
        </pattern>
      </defs>
      {model.ticks.map((tick) => {
        const x = (tick / model.max) * barArea;
        return (
          <g key={tick} aria-hidden="true">
            <line x1={x} x2={x} y1={0} y2={axisY} stroke="#b1b4b6" strokeDasharray="2 3" />
            <text x={x} y={axisY + 18} textAnchor={tick === 0 ? "start" : "middle"} className="chart-tick">
              {formatValue(tick, model.unit, "")}
            </text>
          </g>
        );
      })}
      {parts}
    </svg>
  );
}
