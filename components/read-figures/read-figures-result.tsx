import type { ReadFiguresState } from "@/app/actions/read-figures";
import { FiguresTable } from "./figures-table";

/** What the reader learns after a submission: the figures, none, or that something broke. */
export function ReadFiguresResult({ state }: { state: ReadFiguresState }) {
  if (state.status === "failed") {
    return (
      <p className="notice notice-error" role="alert">
        Something went wrong while reading this text. Please try again; if it keeps happening,
        quote reference <code>{state.reference}</code>.
      </p>
    );
  }
  if (state.status !== "read") return null;

  const count = state.figures.length;
  if (count === 0) {
    return (
      <p className="notice">
        No figures found in this text. Dates, clock times, ordinals and numbers in names
        (F-16, COVID-19) are left out on purpose.
      </p>
    );
  }
  return (
    <>
      <h3 className="result-heading">
        {count === 1 ? "1 figure found" : `${count} figures found`}
      </h3>
      <FiguresTable figures={state.figures} />
    </>
  );
}
