// CommonJS because package.json has no "type": "module"; Next 16 reads it as is.

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Naming the framework in every response only helps people probing for its weaknesses.
  poweredByHeader: false,
  // Double-invokes effects in development so unsafe side effects show up before production.
  reactStrictMode: true,
};

module.exports = nextConfig;
