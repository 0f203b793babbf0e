"use server";

import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { ReadFiguresState } from "@/components/read-figures/read-figures-state";
import { readFigures } from "@/lib/reading/read-figures";
import { headers } from "next/headers";
import { formToObject } from "@/lib/auth/run-action";
import { requestLocale } from "@/lib/i18n/server";
import { requestClient, throttledNetwork } from "@/lib/security/client-address";
import { createRateLimit } from "@/lib/security/rate-limit";
import { readFiguresInput } from "@/lib/validation/read-figures-input";
import { MAX_FIGURES_SHOWN, READER_BURST, READER_REFILL_MS } from "@/lib/validation/read-figures-limits";

// Open to visitors: reading a pasted text stores nothing and reveals nothing, so there is
// no "who" or "may they" step, only "what" (the schema) and "do" (lib/reading). It costs the
// server time in proportion to the text, so each client (its address, or its IPv6 /64) has an
// allowance: a burst of readings, then one every few seconds.
const readerAllowance = createRateLimit({
  burst: READER_BURST,
  refillMs: READER_REFILL_MS,
  maxClients: 10_000,
});

// The answer is in the reader's language, decided here from their cookie or browser like the
// page around the form, not from anything the form sends.
export async function readFiguresAction(_previous: ReadFiguresState, formData: unknown): Promise<ReadFiguresState> {
  // A hand-made request may send anything; it is then simply an empty form.
  const form = formToObject(formData);
  const fields = {
    text: typeof form.text === "string" ? form.text : "",
    lang: typeof form.lang === "string" ? form.lang : "",
  };

  const locale = await requestLocale();
  const parsed = readFiguresInput(locale).safeParse(fields);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return {
      status: "invalid",
      fields,
      errors: { text: fieldErrors.text?.[0], lang: fieldErrors.lang?.[0] },
    };
  }

  const client = throttledNetwork(requestClient((await headers()).get("x-forwarded-for")));
  const allowance = readerAllowance.take(client);
  if (!allowance.ok) return { status: "limited", fields, retryAfterSeconds: allowance.retryAfterSeconds };

  try {
    const { figures, total } = readFigures(parsed.data.text, parsed.data.lang, locale, MAX_FIGURES_SHOWN);
    return { status: "read", fields, figures, total };
  } catch (error) {
    // The engine failing is our bug, not the reader's: log it whole, show only a reference.
    const reference = randomUUID().slice(0, 8);
    console.error(`readFiguresAction failed, reference ${reference}`, error);
    return { status: "failed", fields, reference };
  }
}
