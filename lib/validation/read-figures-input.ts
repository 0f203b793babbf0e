import { z } from "zod";

export const MAX_TEXT_LENGTH = 20_000;

const NO_TEXT = "Paste or type some text to read.";

/** What the "Read a figure" form sends: shared by the form, the server action and any API. */
export const readFiguresInput = z.object({
  // Whitespace alone holds no figure, so it counts as empty.
  text: z
    .string({ error: NO_TEXT })
    .trim()
    .min(1, NO_TEXT)
    .max(
      MAX_TEXT_LENGTH,
      `This text is too long: keep it under ${MAX_TEXT_LENGTH.toLocaleString("en")} characters, or paste one part at a time.`,
    ),
  lang: z.enum(["en", "fr"], { error: "Choose the language the text is written in." }),
});

export type ReadFiguresInput = z.infer<typeof readFiguresInput>;
