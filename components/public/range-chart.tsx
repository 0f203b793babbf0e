import { useId, type JSX } from "react";
import {
  chartDescription,
  layoutRangeChart,
  type RangeBounds,
  type RangeChartLayout,
  type RangeRow,
  type RangeVariant,
  type RowGeometry,
} from "@/lib/public/range-chart-layout";
import type { Locale } from "@/lib/i18n/locale";
import styles from "./range-chart.module.css";

export interface RangeChartProps {
  rows: RangeRow[];
  consensus: RangeBounds | null;
  unit: string | null;
  title: string;
  locale?: Locale;
}

const ARROW = 9;
const CAP = 7;
const DIAMOND = 6.5;

const relationClass: Record<RangeRow["relation"], string | undefined> = {
  agrees: styles.agrees,
  conflict: styles.conflict,
  revised: styles.revised,
  superseded: styles.superseded,
};

// Each shape that repeats is one path: the page carries the chart twice (in its HTML and in
// React's copy of it), so an element saved is saved for every row of every chart.

const hundredths = (n: number) => Math.round(n * 100) / 100;

/** Half the width of the stroke of caps and arrowheads (.ends in range-chart.module.css). */
const HALF_STROKE = 1.25;

/**
 * A range's two ends in one path: a cap (a stroke across the bar) at a closed bound, an
 * arrowhead (a triangle, filled and stroked) at an open one. The triangle is drawn inside its
 * place by half the stroke, so its outline, not its stroke, reaches the axis edge.
 */
function ends(row: RowGeometry): string {
  const y = row.barY;
  const cap = (x: number) => `M${x} ${y - CAP}V${y + CAP}`;
  const arrow = (x: number, toward: 1 | -1) => {
    const tip = hundredths(x + toward * HALF_STROKE);
    const base = hundredths(x + toward * (ARROW - HALF_STROKE));
    const half = ARROW / 1.5 - HALF_STROKE;
    return `M${tip} ${y}L${base} ${y - half}V${y + half}Z`;
  };
  return (row.arrowLeft ? arrow(row.x1, 1) : cap(row.x1)) + (row.arrowRight ? arrow(row.x2, -1) : cap(row.x2));
}

/** A row's marks; its group carries the relation's class, which sets their colour. */
function Bar({ row }: { row: RowGeometry }) {
  const y = row.barY;
  if (row.exact) {
    const x = row.x1;
    return <path className={styles.mark} d={`M${x} ${y - DIAMOND}L${hundredths(x + DIAMOND)} ${y}L${x} ${y + DIAMOND}L${hundredths(x - DIAMOND)} ${y}Z`} />;
  }
  // The line stops short of an arrowhead so the tip, not the stroke, marks the axis edge.
  const lineX1 = hundredths(row.arrowLeft ? row.x1 + ARROW - 1 : row.x1);
  const lineX2 = hundredths(row.arrowRight ? row.x2 - ARROW + 1 : row.x2);
  return (
    <>
      <path className={styles.bar} d={`M${lineX1} ${y}H${lineX2}`} />
      <path className={styles.ends} d={ends(row)} />
    </>
  );
}

function ChartSvg({ layout, labelledBy }: { layout: RangeChartLayout; labelledBy: string }) {
  const bandTop = layout.plotTop;
  const { axisY } = layout;
  return (
    <svg
      className={`${styles.svg} ${styles[layout.variant]}`}
      role="img"
      aria-labelledby={labelledBy}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      fontSize={layout.fontSize}
    >
      <path className={styles.grid} d={layout.ticks.map((t) => `M${t.x} ${bandTop}V${axisY}`).join("")} />

      {layout.band && (
        <g className={styles.band}>
          <rect x={layout.band.x1} y={bandTop} width={layout.band.x2 - layout.band.x1} height={axisY - bandTop} />
          <text className={styles.bandLabel} x={layout.band.labelX} y={layout.band.labelY} textAnchor={layout.band.anchor}>
            {layout.band.label}
          </text>
        </g>
      )}

      {/* Keyed by position: rendered on the server only, and an id per row would be sent twice more. */}
      {layout.rows.map((row, index) => (
        <g key={index} className={relationClass[row.relation]}>
          <text x={row.labelX} {...(row.lines.length === 1 ? { y: row.lines[0]?.y } : {})}>
            {row.lines.length === 1
              ? row.lines[0]?.text
              : row.lines.map((line, i) => (
                  <tspan key={i} x={row.labelX} y={line.y}>
                    {line.text}
                  </tspan>
                ))}
            {row.tag && (
              // Inline after the name, or on the next line when the name fills the column.
              <tspan className={styles.tag} {...(row.tag.inline ? { dx: 8 } : { x: row.labelX, y: row.tag.y })}>
                {row.tag.text}
              </tspan>
            )}
          </text>
          <Bar row={row} />
        </g>
      ))}

      <path className={styles.axis} d={`M${layout.plotLeft} ${axisY}H${layout.plotRight}${layout.ticks.map((t) => `M${t.x} ${axisY}v5`).join("")}`} />
      {/* Each tick label starts a text chunk of its own, so each is centred on its tick. */}
      <text className={styles.tickLabel} y={axisY + layout.fontSize + 8} textAnchor="middle">
        {layout.ticks.map((t) => (
          <tspan key={t.value} x={t.x}>
            {t.label}
          </tspan>
        ))}
      </text>
      {layout.unitLabel && (
        <text className={styles.unit} x={layout.unitLabel.x} y={layout.unitLabel.y} textAnchor="end">
          {layout.unitLabel.text}
        </text>
      )}
    </svg>
  );
}

/**
 * Every claim about one quantity on one number line: a bar from low to high, an arrow for an
 * open bound, a diamond for an exact figure, the consensus as a shaded band. Conflicts and
 * revisions are told by colour, by stroke and by a word, so the chart reads in greyscale, and
 * the description says every row for a screen reader. Two layouts are rendered and CSS picks
 * one by the width available: labels beside the bars, or above them on a phone.
 */
export function RangeChart(props: RangeChartProps): JSX.Element {
  const id = `range-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const variants: RangeVariant[] = ["wide", "narrow"];
  // One title and description for both layouts: whichever shows is named by them (an element
  // named by aria-labelledby gives its text even when hidden).
  return (
    <figure className={styles.figure}>
      <div hidden>
        <span id={`${id}-title`}>{props.title}</span>
        <span id={`${id}-desc`}>{chartDescription(props.rows, props.consensus, props.unit, props.locale)}</span>
      </div>
      {variants.map((variant) => (
        <ChartSvg
          key={variant}
          layout={layoutRangeChart(props.rows, props.consensus, props.unit, variant, props.locale)}
          labelledBy={`${id}-title ${id}-desc`}
        />
      ))}
    </figure>
  );
}
