// The HTML of every page, in English and in French, through the W3C Nu HTML checker (vnu):
//   npm run check:html -- [URL] [--path /claim/ID ...] [--accounts FILE] [--max N]
// Crawls a running server (URL, default http://localhost:3000): the home page, sitemap.xml, the
// search with and without results, the sign-in and not-found pages, the paths given with --path
// (a retracted claim's page, say, which no link leads to) and every page of the site those link
// to, once with the language cookie set to each language. With --accounts (a JSON file like
// test-results/e2e-users.json: { key: { email, password } }) it also signs in as each account and
// crawls what they see. The pages are saved under test-results/html-check/, then checked in one
// run of vnu.jar (errors only). Exits 1 on any error or 5xx answer, 2 when Java or vnu.jar is
// missing: VNU_JAR names the jar, else the `vnu-jar` npm package is used when installed.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const LANGUAGES = ["en", "fr"];
const LANGUAGE_COOKIE = "ct-lang"; // lib/i18n/locale.ts
const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../test-results/html-check");
// Data and downloads, not pages; sign-out and next-auth's own screens are not ours to check.
const NOT_A_PAGE = /^\/(api\/|feed\.atom$|_next\/)|\.(csv|json|atom|xml|txt|svg|ico|png)$/;

function parseArguments(argv) {
  const options = { base: "http://localhost:3000", paths: [], accounts: null, max: 300 };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === "--path") options.paths.push(argv[++i]);
    else if (argument === "--accounts") options.accounts = argv[++i];
    else if (argument === "--max") options.max = Number(argv[++i]);
    else if (/^https?:\/\//.test(argument)) options.base = argument.replace(/\/$/, "");
    else throw new Error(`Unknown argument ${argument}: give a URL, --path PATH, --accounts FILE or --max N.`);
  }
  if (options.paths.some((p) => !p?.startsWith("/")))
    throw new Error("--path takes a path of the site, starting with /.");
  return options;
}

/** vnu.jar and a Java to run it, or a sentence saying what is missing. */
function findChecker() {
  let jar = process.env.VNU_JAR;
  if (!jar) {
    try {
      jar = String(createRequire(import.meta.url)("vnu-jar"));
    } catch {
      return {
        missing:
          "vnu.jar not found: set VNU_JAR, or `npm install --no-save vnu-jar` (or install it elsewhere and point VNU_JAR at build/dist/vnu.jar).",
      };
    }
  }
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (java.error || java.status !== 0)
    return {
      missing: "Java not found: vnu.jar needs Java 17 or later (Debian: apt-get install default-jre-headless).",
    };
  return { jar };
}

/** Cookies as a browser keeps them, enough for one crawl: name -> value. */
function keepCookies(jar, response) {
  for (const line of response.headers.getSetCookie?.() ?? []) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}
const cookieHeader = (jar) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

async function signIn(base, jar, { email, password }) {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { cookie: cookieHeader(jar) } });
  keepCookies(jar, csrf);
  const { csrfToken } = await csrf.json();
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      cookie: cookieHeader(jar),
      origin: base,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keepCookies(jar, answer);
  if (![...jar.keys()].some((name) => name.includes("session-token")))
    throw new Error(`Could not sign in as ${email} (HTTP ${answer.status}).`);
}

/** The pages a crawl starts from: the home page, the sitemap's pages, search, sign-in, not found. */
async function startingPaths(base, extra) {
  const paths = ["/", "/search", "/search?q=zzzqxj", "/sign-in", "/this-page-does-not-exist", ...extra];
  const sitemap = await fetch(`${base}/sitemap.xml`).then((r) => (r.ok ? r.text() : ""));
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(loc).pathname);
  // A search with results: the first word of a story's address is in its title.
  const story = paths.find((p) => p.startsWith("/story/"));
  if (story) paths.push(`/search?q=${encodeURIComponent(story.split("/")[2].split("-")[0])}`);
  return paths;
}

const decodeEntities = (value) =>
  value
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** Every same-site page a page links to. */
function linkedPaths(html, pageUrl, base) {
  const paths = [];
  for (const [, href] of html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
    const url = URL.canParse(decodeEntities(href), pageUrl) ? new URL(decodeEntities(href), pageUrl) : null;
    if (!url || url.origin !== base || NOT_A_PAGE.test(url.pathname)) continue;
    paths.push(url.pathname + url.search);
  }
  return paths;
}

/** Crawls the site as one reader (language and cookies), saving each HTML page under `dir`. */
async function crawl({ base, label, jar, seeds, max }) {
  const dir = path.join(OUT_DIR, label);
  mkdirSync(dir, { recursive: true });
  const queue = [...new Set(seeds)];
  const seen = new Set(queue);
  const pages = [];
  while (queue.length > 0 && pages.length < max) {
    const pagePath = queue.shift();
    const response = await fetch(base + pagePath, {
      redirect: "manual",
      headers: { cookie: cookieHeader(jar), accept: "text/html" },
    });
    const type = response.headers.get("content-type") ?? "";
    if (!type.startsWith("text/html")) {
      await response.arrayBuffer();
      if (response.status >= 500) pages.push({ label, path: pagePath, status: response.status, file: null });
      continue;
    }
    const html = await response.text();
    const file = path.join(dir, `${String(pages.length).padStart(3, "0")}.html`);
    writeFileSync(file, html);
    pages.push({ label, path: pagePath, status: response.status, file });
    for (const next of linkedPaths(html, base + pagePath, base)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return pages;
}

/** vnu's errors for each file, in one run of the checker. */
function validate(jar, files) {
  const run = spawnSync("java", ["-jar", jar, "--errors-only", "--format", "json", "--exit-zero-always", ...files], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}');
  const byFile = new Map();
  for (const message of report.messages) {
    const file = message.url ? fileURLToPath(message.url) : "(checker)";
    byFile.set(file, [...(byFile.get(file) ?? []), message]);
  }
  return byFile;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const checker = findChecker();
  if (checker.missing) {
    console.error(`check:html: ${checker.missing}`);
    process.exit(2);
  }
  const readers = LANGUAGES.map((language) => ({
    label: language,
    jar: new Map([[LANGUAGE_COOKIE, language]]),
    signedIn: false,
  }));
  if (options.accounts) {
    const accounts = JSON.parse(readFileSync(options.accounts, "utf8"));
    for (const [key, account] of Object.entries(accounts)) {
      for (const language of LANGUAGES) {
        const jar = new Map([[LANGUAGE_COOKIE, language]]);
        await signIn(options.base, jar, account);
        readers.push({ label: `${key}-${language}`, jar, signedIn: true });
      }
    }
  }

  rmSync(OUT_DIR, { recursive: true, force: true });
  const seeds = await startingPaths(options.base, options.paths);
  const pages = [];
  for (const { label, jar, signedIn } of readers) {
    // The newsroom's pages are reached from the dashboard's navigation.
    pages.push(
      ...(await crawl({
        base: options.base,
        label,
        jar,
        seeds: signedIn ? [...seeds, "/dashboard"] : seeds,
        max: options.max,
      })),
    );
  }

  const errors = validate(
    checker.jar,
    pages.filter((page) => page.file).map((page) => page.file),
  );
  let errorCount = 0;
  for (const page of pages) {
    const messages = page.file ? (errors.get(page.file) ?? []) : [];
    const serverError = page.status >= 500;
    errorCount += messages.length + (serverError ? 1 : 0);
    const verdict = serverError
      ? "SERVER ERROR"
      : messages.length === 0
        ? "ok"
        : `${messages.length} error${messages.length === 1 ? "" : "s"}`;
    console.log(`${page.label.padEnd(12)} ${String(page.status)} ${page.path}  ${verdict}`);
    for (const message of messages) {
      console.log(`    line ${message.lastLine}:${message.firstColumn ?? message.lastColumn}  ${message.message}`);
      if (message.extract) console.log(`      ${message.extract.replace(/\s+/g, " ").trim().slice(0, 160)}`);
    }
  }
  for (const message of errors.get("(checker)") ?? []) console.log(`checker: ${message.message}`);
  const checked = pages.filter((page) => page.file).length;
  console.log(
    `\ncheck:html: ${checked} pages checked (${readers.map((r) => r.label).join(", ")}), ${errorCount} error${errorCount === 1 ? "" : "s"}; pages in ${path.relative(process.cwd(), OUT_DIR)}/`,
  );
  process.exit(errorCount > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(`check:html: ${error.message}`);
  process.exit(1);
});
