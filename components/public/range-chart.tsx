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

function Bar({ row }: { row: RowGeometry }) {
  const cls = relationClass[row.relation];
  const y = row.barY;
  if (row.exact) {
    const x = row.x1;
    return (
      <g className={cls}>
        <polygon
          className={styles.mark}
          points={`${x},${y - DIAMOND} ${x + DIAMOND},${y} ${x},${y + DIAMOND} ${x - DIAMOND},${y}`}
        />
      </g>
    );
  }
  // The line stops short of an arrowhead so the tip, not the stroke, marks the axis edge.
  const lineX1 = row.arrowLeft ? row.x1 + ARROW - 1 : row.x1;
  const lineX2 = row.arrowRight ? row.x2 - ARROW + 1 : row.x2;
  return (
    <g className={cls}>
      <line className={styles.bar} x1={lineX1} x2={lineX2} y1={y} y2={y} />
      {row.arrowLeft ? (
        <polygon className={styles.mark} points={`${row.x1},${y} ${row.x1 + ARROW},${y - ARROW / 1.5} ${row.x1 + ARROW},${y + ARROW / 1.5}`} />
      ) : (
        <line className={styles.cap} x1={row.x1} x2={row.x1} y1={y - CAP} y2={y + CAP} />
      )}
      {row.arrowRight ? (
        <polygon className={styles.mark} points={`${row.x2},${y} ${row.x2 - ARROW},${y - ARROW / 1.5} ${row.x2 - ARROW},${y + ARROW / 1.5}`} />
      ) : (
        <line className={styles.cap} x1={row.x2} x2={row.x2} y1={y - CAP} y2={y + CAP} />
      )}
    </g>
  );
}

function ChartSvg({ layout, title, description, idPrefix }: { layout: RangeChartLayout; title: string; description: string; idPrefix: string }) {
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const bandTop = layout.plotTop;
  return (
    <svg
      className={`${styles.svg} ${styles[layout.variant]}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      fontSize={layout.fontSize}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>

      {layout.ticks.map((t) => (
        <line key={`grid-${t.value}`} className={styles.grid} x1={t.x} x2={t.x} y1={bandTop} y2={layout.axisY} />
      ))}

      {layout.band && (
        <g className={styles.band}>
          <rect x={layout.band.x1} y={bandTop} width={layout.band.x2 - layout.band.x1} height={layout.axisY - bandTop} />
          <text className={styles.bandLabel} x={layout.band.labelX} y={layout.band.labelY} textAnchor={layout.band.anchor}>
            {layout.band.label}
          </text>
        </g>
      )}

      {layout.rows.map((row) => (
        <g key={row.id}>
          <text className={styles.label} x={row.labelX}>
            {row.lines.map((line, i) => (
              <tspan key={i} x={row.labelX} y={line.y}>
                {line.text}
              </tspan>
            ))}
            {row.tag && (
              // Inline after the name, or on the next line when the name fills the column.
              <tspan
                className={`${styles.tag} ${relationClass[row.relation] ?? ""}`}
                fontSize={layout.fontSize - 1}
                {...(row.tag.inline ? { dx: 8 } : { x: row.labelX, y: row.tag.y })}
              >
                {row.tag.text}
              </tspan>
            )}
          </text>
          <Bar row={row} />
        </g>
      ))}

      <line className={styles.axis} x1={layout.plotLeft} x2={layout.plotRight} y1={layout.axisY} y2={layout.axisY} />
      {layout.ticks.map((t) => (
        <g key={`tick-${t.value}`}>
          <line className={styles.axis} x1={t.x} x2={t.x} y1={layout.axisY} y2={layout.axisY + 5} />
          <text className={styles.tickLabel} x={t.x} y={layout.axisY + layout.fontSize + 8} textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
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
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const description = chartDescription(props.rows, props.consensus, props.unit, props.locale);
  const variants: RangeVariant[] = ["wide", "narrow"];
  return (
    <figure className={styles.figure}>
      {variants.map((variant) => (
        <ChartSvg
          key={variant}
          layout={layoutRangeChart(props.rows, props.consensus, props.unit, variant, props.locale)}
          title={props.title}
          description={description}
          idPrefix={`range-${id}-${variant}`}
        />
      ))}
    </figure>
  );
}
