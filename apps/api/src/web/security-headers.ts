import type { NextFunction, Request, Response } from 'express';

/**
 * What the SPA really loads, and nothing else: its own scripts, styles and fonts (Sarabun is bundled from
 * @fontsource, small files may be inlined as data:), the province map's JSON and /graphql fetched from this origin,
 * data: and blob: images (the favicon is a data: SVG). 'unsafe-inline' for styles only: React and the UI set
 * `style` attributes; no inline script is ever allowed. No one may frame the app (clickjacking of the certify buttons).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Tells browsers to use HTTPS only for a year; sent only on a request that came over TLS (see `trust proxy`). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/** The headers of every answer, the SPA's files and the API's alike. */
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  // req.secure is true behind a TLS proxy only when that proxy is trusted (TRUSTED_PROXIES): a plain-HTTP client
  // cannot ask for HSTS by sending X-Forwarded-Proto, and a plain-HTTP deployment never pins itself to HTTPS.
  if (req.secure) res.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  next();
}
