/**
 * Gzip size of the JavaScript the task pane page loads: every <script src> of dist/taskpane.html that
 * points into dist/ (office.js from Microsoft's CDN is not ours and not counted).
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';

export interface BundleFigure {
  gzipBytes: number;
  files: { file: string; bytes: number; gzipBytes: number }[];
  /** JavaScript in dist/ that no script tag of taskpane.html names (other pages, lazy chunks). */
  notCounted: string[];
}

/** The src of every script tag, in page order. */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi))
    sources.push(match[1] ?? match[2] ?? match[3]);
  return sources;
}

const isRemote = (src: string) => /^(?:[a-z]+:)?\/\//i.test(src);

export function measureBundle(distDir: string): BundleFigure {
  const page = join(distDir, 'taskpane.html');
  if (!existsSync(page)) throw new Error(`${page} is missing: run npm run build first`);
  const files = scriptSources(readFileSync(page, 'utf8'))
    .filter((src) => !isRemote(src))
    .map((src) => {
      const file = src.replace(/^\.?\//, '').split(/[?#]/)[0];
      const bytes = readFileSync(join(distDir, file));
      return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
  const counted = new Set(files.map((f) => f.file));
  const notCounted = readdirSync(distDir).filter((f) => f.endsWith('.js') && !counted.has(f));
  return { gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0), files, notCounted };
}
