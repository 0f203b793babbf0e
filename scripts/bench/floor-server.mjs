// The floor of `npm run bench`: Node's own HTTP server answering the same bytes as the static
// page, read once into memory. Nothing is faster on this machine; every other number is
// measured against it.  node scripts/bench/floor-server.mjs PORT FILE
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [port, file] = process.argv.slice(2);
const body = readFileSync(file);
const headers = { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length };

createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
}).listen(Number(port), "127.0.0.1");
