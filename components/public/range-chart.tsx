import { use, useId, type CSSProperties, type JSX } from "react";
import {
  chartDescription,
  layoutRangeChart,
  type RangeBounds,
  type RangeRow,
  type RowGeometry,
} from "@/lib/public/range-chart-layout";
import { requestLocale } from "@/lib/i18n/server";
import styles from "./range-chart.module.css";

export interface RangeChartProps {
  rows: RangeRow[];
  consensus: RangeBounds | null;
  unit: string | null;
  title: string;
}

const relationClass: Record<RangeRow["relation"], string | undefined> = {
  agrees: styles.agrees,
  conflict: styles.conflict,
  revised: styles.revised,
  superseded: styles.superseded,
  retracted: styles.retracted,
};

/** Where a mark stands: `--a` and `--b` in percent of the plot, read by range-chart.module.css. */
const span = (from: number, to = from) => ({ "--a": from, "--b": to }) as CSSProperties;

/** A row's mark: a diamond for an exact figure, else a bar with a cap at a closed end and an arrowhead at an open one. */
function Mark({ row }: { row: RowGeometry }) {
  if (row.exact) return <i className={styles.diamond} style={span(row.from)} />;
  const ends = [styles.bar, row.openLow ? styles.openLow : undefined, row.openHigh ? styles.openHigh : undefined];
  return <i className={ends.filter(Boolean).join(" ")} style={span(row.from, row.to)} />;
}

/**
 * Every claim about one quantity on one number line: a bar from low to high, an arrow for an
 * open bound, a diamond for an exact figure, the consensus as a shaded band. Conflicts,
 * revisions and retractions are told by colour, by line and by a word, so the chart reads in
 * greyscale, and it is one image for a screen reader, named by its title and a description that
 * says every row.
 * Drawn in HTML, once: CSS puts the labels beside the bars, or above them on a phone (the page
 * carries its markup twice, in HTML and in React's copy of it, so a second picture for phones
 * cost every story page its weight again).
 */
export function RangeChart(props: RangeChartProps): JSX.Element {
  // A server component with a hook (useId), so the language comes through `use`, not `await`.
  const locale = use(requestLocale());
  const id = `range-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const layout = layoutRangeChart(props.rows, props.consensus, locale);
  const steps = Math.max(0, layout.ticks.length - 1);
  return (
    <figure className={styles.figure}>
      <div hidden>
        <span id={`${id}-title`}>{props.title}</span>
        <span id={`${id}-desc`}>{chartDescription(props.rows, props.consensus, props.unit, locale)}</span>
      </div>
      <div
        className={steps > 0 ? styles.chart : `${styles.chart} ${styles.noScale}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ "--steps": steps } as CSSProperties}
      >
        {layout.band && (
          <p
            className={`${styles.bandLabel} ${styles[layout.band.anchor]}`}
            style={span(layout.band.from, layout.band.to)}
          >
            {layout.band.label}
          </p>
        )}
        <div className={styles.plot}>
          {layout.band && <i className={styles.band} style={span(layout.band.from, layout.band.to)} />}
          <ol className={styles.rows}>
            {/* Keyed by position: rendered on the server only, and an id per row would be sent again. */}
            {layout.rows.map((row, index) => (
              <li key={index} className={relationClass[row.relation]}>
                {/* A retracted figure is struck through, and its tag says so in words. */}
                {row.relation === "retracted" ? <s>{row.label}</s> : row.label}
                {/* A space, so that a long label breaks before the tag rather than before its figure. */}
                {row.tag && (
                  <>
                    {" "}
                    <em>{row.tag}</em>
                  </>
                )}
                <Mark row={row} />
              </li>
            ))}
          </ol>
        </div>
        {steps > 0 && (
          <p className={styles.axis}>
            {layout.ticks.map((tick) => (
              <span key={tick.value} style={span(tick.at)}>
                {tick.label}
              </span>
            ))}
          </p>
        )}
        {props.unit && <p className={styles.unit}>{props.unit}</p>}
      </div>
    </figure>
  );
}
