// Finds a Chromium for the end-to-end tests. Playwright's own download is unreachable on
// our machines, so Debian's chromium is the usual answer, installed on first use when we can.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** The path of a Chromium executable; throws with what to do when there is none. */
export function findBrowser() {
  const bundled = bundledChromium();
  if (bundled) return bundled;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (canInstallWithApt()) {
    installDebianChromium();
    if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one with " +
      "`sudo apt-get install -y chromium` (Debian, Ubuntu) or `npx playwright install chromium`.",
  );
}

function bundledChromium() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    // Playwright throws on platforms it has no build for; that only means "not installed".
    return null;
  }
}

function canInstallWithApt() {
  return process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
}

function installDebianChromium() {
  console.error("Chromium not found: installing Debian's chromium with apt-get...");
  const apt = (...args) =>
    execFileSync("apt-get", args, {
      // Progress goes to stderr so it never mixes with a reporter's output on stdout.
      stdio: ["ignore", 2, 2],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  try {
    apt("install", "-y", "chromium");
  } catch {
    // A fresh machine has stale or empty package lists; refresh them once and retry.
    try {
      apt("update");
      apt("install", "-y", "chromium");
    } catch {
      // findBrowser reports the failure with what to do next.
    }
  }
}
