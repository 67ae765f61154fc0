// First-load JavaScript of a page as a browser gets it: every /_next/static script the HTML loads (script src,
// preload and modulepreload links), each gzipped with zlib's default level (as Next.js compresses) and summed;
// the inline scripts (mostly the React flight data) are counted apart, as "inline bytes". A `noModule` script
// (Next.js's polyfills for browsers without ES modules, ~40 KB gzip) is never fetched by a browser that runs the
// portal's modern chunks, so it does not count, as in Next.js's own "First Load JS".
import { gzipSync } from "node:zlib";

export type FirstLoadJs = {
  /** Sum of the gzipped sizes of the external chunks, in bytes. */
  gzipBytes: number;
  /** Sum of their raw sizes, in bytes. */
  rawBytes: number;
  chunks: number;
  /** Raw and gzipped size of the inline <script> contents of the HTML. */
  inlineBytes: number;
  inlineGzipBytes: number;
};

/** The same-origin /_next/static script URLs of an HTML page (script src, preload and modulepreload links), each once, without `noModule` scripts. */
export function scriptUrls(html: string): string[] {
  const found = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    if (/\bnoModule\b/i.test(tag)) continue;
    const isLink = tag.startsWith("<link");
    if (isLink && !/\brel="(?:preload|modulepreload)"/.test(tag)) continue;
    const url = (isLink ? /\bhref="([^"]+\.js[^"]*)"/ : /\bsrc="([^"]+)"/).exec(tag)?.[1]?.replaceAll("&amp;", "&");
    if (url?.startsWith("/_next/static/")) found.add(url);
  }
  return [...found];
}

/** The contents of the inline scripts (no src) of an HTML page. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

export async function measureFirstLoadJs(origin: string, html: string): Promise<FirstLoadJs> {
  const urls = scriptUrls(html);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const url of urls) {
    const response = await fetch(new URL(url, origin));
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    rawBytes += body.length;
    gzipBytes += gzipSync(body).length;
  }
  const inline = inlineScripts(html).join("");
  return {
    gzipBytes,
    rawBytes,
    chunks: urls.length,
    inlineBytes: Buffer.byteLength(inline),
    inlineGzipBytes: gzipSync(Buffer.from(inline)).length,
  };
}
