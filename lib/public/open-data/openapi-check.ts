// Checking the OpenAPI document and the API's answers against it, offline: used by the unit
// test of the document and by the contract test that fetches real answers (e2e/open-data.spec.ts).
// Not part of the app: ajv is a development dependency.
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

type Json = Record<string, unknown>;

/** OpenAPI 3.1 schemas are JSON Schema 2020-12; its $refs point into components, ajv's into $defs. */
const toDefs = <T>(value: T): T =>
  JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"#/$defs/')) as T;

function schemaKeeper(document: Json) {
  // Strict: a keyword ajv does not know is an error, not ignored, so a typo in the document fails.
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  const components = (document.components as Json | undefined)?.schemas as Json | undefined;
  return { ajv, defs: toDefs(components ?? {}) };
}

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: Json }> }> };

/** The schema of one answer: a path, its method (GET unless told), a status and a content type. */
export function answerSchema(
  document: Json,
  path: string,
  status: string,
  contentType = "application/json",
  method = "get",
): Json {
  const paths = document.paths as Record<string, Record<string, Operation | undefined>>;
  const schema = paths[path]?.[method]?.responses?.[status]?.content?.[contentType]?.schema;
  if (!schema)
    throw new Error(`The document has no ${contentType} answer ${status} for ${method.toUpperCase()} ${path}.`);
  return schema;
}

/** A validator for one answer; its errors name the field that does not match. */
export function answerValidator(document: Json, path: string, status: string, method = "get"): ValidateFunction {
  const { ajv, defs } = schemaKeeper(document);
  return ajv.compile({
    ...toDefs(answerSchema(document, path, status, "application/json", method)),
    $defs: defs,
  });
}

/** A validator for the body the newsroom POSTs for one of the document's `webhooks` (e2e/webhooks.spec.ts). */
export function webhookValidator(document: Json, name: string): ValidateFunction {
  const webhooks = document.webhooks as
    Record<string, { post?: { requestBody?: { content?: Record<string, { schema?: Json }> } } }> | undefined;
  const schema = webhooks?.[name]?.post?.requestBody?.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`The document describes no JSON body for the webhook ${name}.`);
  const { ajv, defs } = schemaKeeper(document);
  return ajv.compile({ ...toDefs(schema), $defs: defs });
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function walk(value: unknown, at: string, visit: (node: Json, at: string) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${at}/${i}`, visit));
  else if (value && typeof value === "object") {
    visit(value as Json, at);
    for (const [key, child] of Object.entries(value))
      walk(child, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, visit);
  }
}

function resolves(document: Json, pointer: string): boolean {
  if (!pointer.startsWith("#/")) return false;
  let node: unknown = document;
  for (const raw of pointer.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!node || typeof node !== "object" || !(key in node)) return false;
    node = (node as Json)[key];
  }
  return node !== undefined;
}

/**
 * What is wrong with the document as OpenAPI 3.1, as far as can be checked offline: the required
 * fields, paths and their parameters, unique operation ids, answers, every $ref resolving,
 * every schema compiling as strict JSON Schema 2020-12, and every object closed.
 */
export function documentProblems(document: Json): string[] {
  const problems: string[] = [];
  const info = document.info as Json | undefined;
  if (typeof document.openapi !== "string" || !/^3\.1\.\d+$/.test(document.openapi))
    problems.push("openapi must be 3.1.x");
  if (typeof info?.title !== "string" || typeof info?.version !== "string")
    problems.push("info needs a title and a version");
  const paths = (document.paths ?? {}) as Record<string, Json>;
  const operationIds = new Set<string>();

  // A webhook is an operation too, keyed by a name instead of a path (OpenAPI 3.1).
  for (const [name, item] of Object.entries((document.webhooks ?? {}) as Record<string, Json>)) {
    for (const method of Object.keys(item).filter((key) => METHODS.includes(key))) {
      const operation = item[method] as Json;
      const where = `webhook ${name}`;
      const id = operation.operationId as string | undefined;
      if (!id) problems.push(`${where}: no operationId`);
      else if (operationIds.has(id)) problems.push(`${where}: operationId ${id} is used twice`);
      else operationIds.add(id);
      if (typeof operation.summary !== "string") problems.push(`${where}: no summary`);
      const responses = (operation.responses ?? {}) as Record<string, Json>;
      if (!Object.keys(responses).some((status) => /^2(\d\d|XX)$/.test(status)))
        problems.push(`${where}: no success answer`);
    }
  }

  for (const [path, item] of Object.entries(paths)) {
    if (!path.startsWith("/")) problems.push(`${path}: a path starts with /`);
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const method of Object.keys(item).filter((key) => METHODS.includes(key))) {
      const operation = item[method] as Json;
      const where = `${method.toUpperCase()} ${path}`;
      const id = operation.operationId as string | undefined;
      if (!id) problems.push(`${where}: no operationId`);
      else if (operationIds.has(id)) problems.push(`${where}: operationId ${id} is used twice`);
      else operationIds.add(id);

      const parameters = ((operation.parameters ?? []) as Json[]).map((p) =>
        typeof p.$ref === "string" ? (lookup(document, p.$ref) as Json) : p,
      );
      const inPath = parameters.filter((p) => p?.in === "path");
      for (const name of templated) {
        if (!inPath.some((p) => p.name === name && p.required === true))
          problems.push(`${where}: path parameter {${name}} is not declared as required`);
      }
      for (const p of inPath)
        if (!templated.includes(p.name as string))
          problems.push(`${where}: path parameter ${String(p.name)} is not in the path`);
      for (const p of parameters)
        if (!p || !["query", "path", "header", "cookie"].includes(p.in as string))
          problems.push(`${where}: a parameter has no valid "in"`);

      const responses = (operation.responses ?? {}) as Record<string, Json>;
      if (!Object.keys(responses).some((status) => /^2\d\d$/.test(status)))
        problems.push(`${where}: no success answer`);
      for (const [status, response] of Object.entries(responses)) {
        if (!/^[1-5](\d\d|XX)$/.test(status) && status !== "default")
          problems.push(`${where}: ${status} is not a status`);
        if (typeof response.description !== "string")
          problems.push(`${where} ${status}: an answer needs a description`);
      }
    }
  }

  walk(document, "#", (node, at) => {
    if (typeof node.$ref === "string" && !resolves(document, node.$ref))
      problems.push(`${at}: $ref ${node.$ref} does not resolve`);
    if (node.type === "object" && at.includes("/schemas/")) {
      const properties = Object.keys((node.properties ?? {}) as Json);
      const required = (node.required ?? []) as string[];
      if (node.additionalProperties !== false)
        problems.push(`${at}: an object must be closed (additionalProperties: false)`);
      const optional = properties.filter((p) => !required.includes(p));
      if (optional.length)
        problems.push(`${at}: every field is required (null when empty), not ${optional.join(", ")}`);
    }
  });

  const { ajv, defs } = schemaKeeper(document);
  try {
    ajv.addSchema({ $id: "https://claim-tracker.invalid/components", $defs: defs });
    for (const name of Object.keys(defs)) ajv.getSchema(`https://claim-tracker.invalid/components#/$defs/${name}`);
  } catch (error) {
    problems.push(`a schema is not valid JSON Schema 2020-12: ${(error as Error).message}`);
  }
  // Every other schema: of answers, parameters and headers.
  walk(document, "#", (node, at) => {
    if (!at.endsWith("/schema") || at.startsWith("#/components/schemas/")) return;
    try {
      ajv.compile({ ...toDefs(node), $defs: defs });
    } catch (error) {
      problems.push(`${at}: not valid JSON Schema 2020-12: ${(error as Error).message}`);
    }
  });
  return problems;
}

function lookup(document: Json, pointer: string): unknown {
  let node: unknown = document;
  for (const raw of pointer.slice(2).split("/"))
    node = (node as Json | undefined)?.[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
  return node;
}
