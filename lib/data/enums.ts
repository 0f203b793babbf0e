// The schema's enums (prisma/schema.prisma) for code outside lib/data, which does not import
// Prisma: each is a const object (`Object.values(ClaimStatus)` lists its values) and a string
// union type of the same name. Pure data, no "server-only": the public pages, the OpenAPI
// document and the browser tests read them too. A relative path, so any loader resolves it.
export * from "../generated/prisma/enums";
