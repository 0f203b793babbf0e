// Finds words written straight into a page or a component instead of read from
// lib/i18n/messages: text between tags, string props a person reads (a label, a title, a
// placeholder, an aria-label), strings a JSX expression shows, and a page's metadata. Used by
// inline-text.test.ts over app/ and components/; a development tool, never shipped.
import ts from "typescript";

export interface InlineText {
  line: number;
  text: string;
}

// Props whose string is for the code or the browser, never read by a person.
const NON_WORD_PROPS = new Set([
  "accept",
  "action",
  "align",
  "as",
  "autoCapitalize",
  "autoComplete",
  "className",
  "dateTime",
  "defaultValue",
  "dir",
  "encType",
  "endpoint",
  "form",
  "formAction",
  "headers",
  "href",
  "htmlFor",
  "id",
  "inputMode",
  "key",
  "lang",
  "media",
  "method",
  "name",
  "narrow",
  "path",
  "pattern",
  "permalink",
  "rel",
  "role",
  "scope",
  "size",
  "src",
  "target",
  "tone",
  "type",
  "value",
  "variant",
]);

// A prop ending in "Id" names an element; `data-label` is a column's name a phone shows.
const isNonWordProp = (name: string) =>
  NON_WORD_PROPS.has(name) ||
  name.endsWith("Id") ||
  (name.startsWith("data-") && name !== "data-label") ||
  (name.startsWith("aria-") && name !== "aria-label" && name !== "aria-description");

// Page metadata a browser tab or a search engine shows.
const METADATA_KEYS = new Set(["title", "description", "default", "template"]);

/** Letters make a word; "·", "→", "—" and numbers are not words. */
export const hasLetters = (text: string) => /\p{L}/u.test(text);

/** The words written inline in a .tsx file, each with its line. */
export function findInlineText(source: string, fileName = "file.tsx"): InlineText[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: InlineText[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (!hasLetters(trimmed)) return;
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    found.push({ line, text: trimmed });
  };

  // The strings an expression can evaluate to: through conditions, fallbacks, concatenations,
  // lists and arrow functions, but not into a call's arguments or a comparison.
  const shown = (node: ts.Expression | undefined): void => {
    if (!node) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return report(node, node.text);
    if (ts.isTemplateExpression(node)) {
      report(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" "));
      return node.templateSpans.forEach((s) => shown(s.expression));
    }
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return shown(node.expression);
    if (ts.isConditionalExpression(node)) {
      shown(node.whenTrue);
      return shown(node.whenFalse);
    }
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusToken) shown(node.left);
      if (
        op === ts.SyntaxKind.PlusToken ||
        op === ts.SyntaxKind.BarBarToken ||
        op === ts.SyntaxKind.QuestionQuestionToken ||
        op === ts.SyntaxKind.AmpersandAmpersandToken
      ) {
        if (op !== ts.SyntaxKind.PlusToken) shown(node.left);
        shown(node.right);
      }
      return;
    }
    if (ts.isArrayLiteralExpression(node)) return node.elements.forEach((e) => shown(e));
    if (ts.isObjectLiteralExpression(node)) {
      for (const p of node.properties)
        if (ts.isPropertyAssignment(p) && !isNonWordProp(p.name.getText(file))) shown(p.initializer);
      return;
    }
    if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) return shown(node.body);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(file);
      if (isNonWordProp(name) || !node.initializer) return;
      if (ts.isStringLiteral(node.initializer)) report(node, node.initializer.text);
      else if (ts.isJsxExpression(node.initializer)) shown(node.initializer.expression);
      // JSX given as a prop (`label={<b>…</b>}`) is visited like any other.
      if (node.initializer && ts.isJsxExpression(node.initializer)) {
        const inner = node.initializer.expression;
        if (inner) ts.forEachChild(inner, visit);
      }
      return;
    } else if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent)) {
      shown(node.expression);
    } else if (ts.isPropertyAssignment(node) && METADATA_KEYS.has(node.name.getText(file)) && isInMetadata(node)) {
      shown(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

// `export const metadata = {…}` or what `generateMetadata` returns.
function isInMetadata(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isVariableDeclaration(at) && at.name.getText() === "metadata") return true;
    if (ts.isFunctionDeclaration(at) && at.name?.text === "generateMetadata") return true;
  }
  return false;
}
