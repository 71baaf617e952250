import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Hashed file names under /assets never change content: cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and the other unhashed files: revalidated on every use (cheap with the ETag), so a release shows at once. */
export const REVALIDATE = 'no-cache';

/** The pre-compressed copies the build writes beside a file (apps/web/vite-plugins/precompress.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * The built SPA on the API's origin: its files, served from their `.br`/`.gz` copies when the browser accepts them
 * (nothing is compressed per request), and index.html for any other page GET (client-side routes).
 */
export function serveSpa(app: NestExpressApplication, webDist: string): void {
  const root = normalize(webDist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    Logger.warn(`No built SPA at ${webDist}: run "pnpm build" to serve it`, 'Web');
    return;
  }
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi(req.path)) return next();
    const file = fileOf(root, req.path);
    if (file) return send(req, res, next, file, req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    // A missing hashed file is a 404, never index.html: an old page asking for a chunk of an earlier release must
    // not cache HTML as that chunk for a year.
    if (req.path.startsWith('/assets/') || !req.accepts('html')) return next();
    send(req, res, next, index, REVALIDATE);
  });
}

function isApi(path: string): boolean {
  return path === '/graphql' || path.startsWith('/graphql/') || path === '/health' || path.startsWith('/health/');
}

/** The regular file a URL path names inside the build, or undefined (bad encoding, `..`, dot-files, folders). */
function fileOf(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split('/').some((part) => part.startsWith('.'))) return undefined;
  const file = normalize(join(root, decoded));
  if (!file.startsWith(root + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function send(req: Request, res: Response, next: NextFunction, file: string, cacheControl: string): void {
  const variants = ENCODINGS.filter((e) => existsSync(file + e.suffix));
  // The type is the original file's, whichever copy is sent; caches keep one copy per Accept-Encoding.
  res.type(extname(file));
  res.setHeader('Cache-Control', cacheControl);
  let path = file;
  if (variants.length > 0) {
    res.vary('Accept-Encoding');
    // Each encoding asked for alone, so `q=0` refuses it and br is preferred whatever the header's order.
    const chosen = variants.find((e) => req.acceptsEncodings(e.name) === e.name);
    if (chosen) {
      res.setHeader('Content-Encoding', chosen.name);
      path = file + chosen.suffix;
    }
  }
  res.sendFile(path, { cacheControl: false, dotfiles: 'allow' }, (error?: Error) => {
    // A client that went away mid-file is not an error of ours; anything else before the headers left is a 404.
    if (error && !res.headersSent) {
      res.removeHeader('Content-Encoding');
      next();
    }
  });
}
