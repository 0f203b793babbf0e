import type { RangeRelation } from "@/lib/public/range-chart-layout";
import { RangeChart } from "./range-chart";

export interface QuantityChartProps {
  rows: Array<{
    id: string;
    label: string;
    low: number | null;
    high: number | null;
    relation: RangeRelation;
  }>;
  consensus: { low: number | null; high: number | null } | null;
  unit: string | null;
  title: string;
}

/** A quantity's claims on one number line (the range chart), with nothing to draw when it has none. */
export function QuantityChart(props: QuantityChartProps) {
  if (props.rows.length === 0) return null;
  return <RangeChart {...props} />;
}
