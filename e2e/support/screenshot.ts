import type { Page } from "@playwright/test";

/** A full-page screenshot in test-results/screenshots/, named for the step and the project. */
export async function screenshot(page: Page, name: string, project: string) {
  await page.screenshot({
    path: `test-results/screenshots/${name}-${project}.png`,
    fullPage: true,
  });
}
