import type { FigureReading } from "@/lib/reading/read-figures";

/** What was typed, sent back so the form still shows it after React resets it. */
export interface ReadFiguresFields {
  text: string;
  lang: string;
}

/** The reader's answer: nothing yet, a refusal of the input, the figures, a wait, or a failure. */
export type ReadFiguresState =
  | { status: "idle"; fields: ReadFiguresFields }
  | { status: "invalid"; fields: ReadFiguresFields; errors: { text?: string; lang?: string } }
  | { status: "read"; fields: ReadFiguresFields; figures: FigureReading[]; total: number }
  | { status: "limited"; fields: ReadFiguresFields; retryAfterSeconds: number }
  | { status: "failed"; fields: ReadFiguresFields; reference: string };
