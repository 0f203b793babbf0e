import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findInlineText } from "./find-inline-text";

const ROOT = join(__dirname, "..", "..");

function tsxFiles(dir: string): string[] {
  return (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .filter((file) => file.endsWith(".tsx"))
    .map((file) => join(dir, file))
    .sort();
}

describe("words live in lib/i18n/messages, not in pages and components", () => {
  it("no page, layout or component writes a word inline", () => {
    const offenders = [...tsxFiles("app"), ...tsxFiles("components")].flatMap((file) =>
      findInlineText(readFileSync(join(ROOT, file), "utf8"), file).map(
        (found) => `${file}:${found.line}: ${found.text}`,
      ),
    );
    expect(offenders).toEqual([]);
  });

  it.each([
    ["text between tags", `export const A = () => <h1>Review queue</h1>;`, "Review queue"],
    ["a label prop", `export const A = () => <Field id="x" label="Email" />;`, "Email"],
    ["an aria-label", `export const A = () => <nav aria-label="Newsroom" />;`, "Newsroom"],
    ["a placeholder", `export const A = () => <input placeholder="Search sources" />;`, "Search sources"],
    ["a string a condition shows", `export const A = ({ p }) => <b>{p ? "Saving…" : "Save"}</b>;`, "Saving…"],
    ["a template a prop shows", "export const A = ({ n }) => <b title={`Revoke ${n}`} />;", "Revoke"],
    ["a column list", `export const A = () => <DataTable columns={["Name", "Role"]} />;`, "Name"],
    ["a page's title", `export const metadata = { title: "Dashboard" };`, "Dashboard"],
    ["a phone's column name", `export const A = () => <td data-label="Yours" />;`, "Yours"],
  ])("finds %s", (_, source, word) => {
    expect(findInlineText(source).map((found) => found.text)).toContain(word);
  });

  it.each([
    ["catalogue words", `export const A = ({ t }) => <h1 className="title" id="x">{t.title}</h1>;`],
    ["signs that are not words", `export const A = () => <p>{"·"} → — 12</p>;`],
    [
      "ids, names and classes",
      `export const A = () => <OneTimeSecret headingId="secret-heading" name="email" type="submit" />;`,
    ],
    ["a comparison", `export const A = ({ s }) => <p>{s === "draft" && <b />}</p>;`],
  ])("leaves %s alone", (_, source) => {
    expect(findInlineText(source)).toEqual([]);
  });
});
