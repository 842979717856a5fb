import type { ReactNode } from 'react';

/*
 * Why hand-written SVG rather than a chart library: this page ships inside the extension, where every
 * kilobyte is loaded on each open and reviewed by the stores; the common React chart libraries add
 * 100–400 kB (plus d3 modules) to draw what we need here: bars with interval whiskers and a reference
 * band or line. That is ~100 lines of SVG per chart, themed by the page's own CSS variables (light and
 * dark), with an accessible name and a real data table, and no runtime dependency to keep up to date.
 */

/** Every chart's frame: a figure holding the SVG (named by a one-paragraph summary), then its legend and table. */
export function ChartFigure({
  testId,
  width,
  height,
  summary,
  children,
  after,
}: {
  testId: string;
  /** The SVG's own units; the CSS scales it to the page. */
  width: number;
  height: number;
  summary: string;
  children: ReactNode;
  /** The legend and the data table under the chart. */
  after: ReactNode;
}) {
  return (
    <figure className="cc-ins-figure" data-testid={testId}>
      <svg
        className="cc-ins-chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={summary}
        preserveAspectRatio="xMinYMin meet"
      >
        {children}
      </svg>
      {after}
    </figure>
  );
}
