import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder at run time;
  // bundling it would break those paths. pg is native-ish and gains nothing from bundling.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  poweredByHeader: false,
  // `next dev` serves its scripts only to pages opened at localhost unless told otherwise: at
  // http://127.0.0.1:3000 the page would not hydrate and sign-in would not work.
  allowedDevOrigins: ['127.0.0.1', '[::1]'],
  // `npm run typecheck` checks the whole repository (tests too) before every build in CI;
  // checking again here would only repeat it.
  typescript: { ignoreBuildErrors: true },
  // Pages and routes get their security headers from src/proxy.ts; build assets skip it.
  async headers() {
    return [{ source: '/_next/static/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] }];
  },
};

export default nextConfig;
