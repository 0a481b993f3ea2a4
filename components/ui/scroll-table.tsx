import type { ReactNode } from "react";

/**
 * A table that may be wider than a phone's screen. Its caption stands above the scrolling box, so
 * it is never cut off; the box scrolls sideways on its own (a shadow at an edge shows there is
 * more), can be scrolled with the keyboard, and is named by the caption for screen readers.
 */
export function ScrollTable({ id, caption, hint, children }: { id: string; caption: ReactNode; hint?: string; children: ReactNode }) {
  const captionId = `${id}-caption`;
  return (
    <div className="table-block">
      <p id={captionId} className="caption scroll-table-caption">
        {caption}
      </p>
      {/* For a table known to be wide: said on narrow screens only. */}
      {hint ? <p className="scroll-table-hint">{hint}</p> : null}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table id={id} aria-labelledby={captionId}>
          {children}
        </table>
      </div>
    </div>
  );
}
