// First-load JavaScript of a page as a browser gets it: every /_next/static script the HTML loads (script src,
// preload and modulepreload links), each gzipped with zlib's default level (as Next.js compresses) and summed;
// the inline scripts (mostly the React flight data) are counted apart, as "inline bytes".
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

const EXTERNAL = [
  /<script\b[^>]*\bsrc="([^"]+)"/g,
  /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bhref="([^"]+\.js[^"]*)"/g,
  /<link\b[^>]*\bhref="([^"]+\.js[^"]*)"[^>]*\brel="(?:preload|modulepreload)"/g,
];

/** The same-origin /_next/static script URLs of an HTML page, each once. */
export function scriptUrls(html: string): string[] {
  const found = new Set<string>();
  for (const pattern of EXTERNAL) {
    for (const match of html.matchAll(pattern)) {
      const src = match[1]!.replaceAll("&amp;", "&");
      if (src.startsWith("/_next/static/")) found.add(src);
    }
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
