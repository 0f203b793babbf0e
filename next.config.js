// CommonJS because package.json has no "type": "module"; Next 16 reads it as is.
// Security headers for the answers proxy.ts does not see (the build's static files, the image
// optimiser, the CSV uploads); pages, route handlers and error answers get theirs, with a
// per-request nonce, from proxy.ts. The values are
// the ones in lib/security/headers.ts (kept in step by e2e/security-headers.spec.ts).

const STATIC_FILE_HEADERS = [
  {
    key: "Content-Security-Policy",
    value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Naming the framework in every response only helps people probing for its weaknesses.
  poweredByHeader: false,
  // Double-invokes effects in development so unsafe side effects show up before production.
  reactStrictMode: true,
  async headers() {
    // The image optimiser skips the proxy too; its errors (400 for a missing url) need them as
    // well. So do the CSV uploads (proxy.ts says why they skip it), with the Allow that the proxy
    // would give their 405 (RFC 9110: Allow may be sent on any answer).
    const uploadHeaders = [...STATIC_FILE_HEADERS, { key: "Allow", value: "OPTIONS, POST" }];
    return [
      { source: "/_next/static/:path*", headers: STATIC_FILE_HEADERS },
      { source: "/_next/image", headers: STATIC_FILE_HEADERS },
      { source: "/claims/import/check", headers: uploadHeaders },
      { source: "/claims/import/jobs", headers: uploadHeaders },
    ];
  },
};

module.exports = nextConfig;
