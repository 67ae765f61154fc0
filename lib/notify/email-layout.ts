import "server-only";

/** What a template decides; the layout adds greeting, closing, office contact and the no-reply line. */
export type EmailContent = {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
};

/** Every e-mail ends the same way, so templates cannot forget the contact or no-reply lines. */
export type EmailFooter = {
  closing: string;
  officeName: string;
  contact: string | null;
  noReply: string;
};

export type RenderedEmail = { subject: string; text: string; html: string };

const htmlEscapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => htmlEscapes[c]!);
}

/** Only absolute http(s) links go into an e-mail: a `javascript:` or relative URL is a bug upstream. */
export function assertSafeLink(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("E-mail link must be an absolute URL");
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error("E-mail link must use http or https");
  }
  return parsed.toString();
}

export function layoutEmail(content: EmailContent, footer: EmailFooter, locale: string): RenderedEmail {
  const actionUrl = content.action ? assertSafeLink(content.action.url) : undefined;
  return {
    subject: content.subject,
    text: layoutText(content, footer, actionUrl),
    html: layoutHtml(content, footer, locale, actionUrl),
  };
}

function layoutText(content: EmailContent, footer: EmailFooter, actionUrl: string | undefined): string {
  const blocks = [content.greeting, ...content.paragraphs];
  // Plain-text readers get the bare URL on its own line so mail clients make it clickable.
  if (content.action && actionUrl) blocks.push(`${content.action.label}:\n${actionUrl}`);
  blocks.push(`${footer.closing}\n${footer.officeName}`);
  if (footer.contact) blocks.push(footer.contact);
  blocks.push(`--\n${footer.noReply}`);
  return `${blocks.join("\n\n")}\n`;
}

const font = "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2937";

function layoutHtml(content: EmailContent, footer: EmailFooter, locale: string, actionUrl: string | undefined): string {
  const p = (text: string, style = "") => `<p style="margin:0 0 16px;${style}">${escapeHtml(text)}</p>`;
  const parts = [p(content.greeting), ...content.paragraphs.map((text) => p(text))];
  if (content.action && actionUrl) {
    // Inline styles only: most mail clients drop <style> blocks.
    parts.push(
      `<p style="margin:24px 0"><a href="${escapeHtml(actionUrl)}" style="display:inline-block;padding:12px 20px;` +
        `background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold">` +
        `${escapeHtml(content.action.label)}</a></p>`,
    );
  }
  parts.push(`<p style="margin:0 0 16px">${escapeHtml(footer.closing)}<br>${escapeHtml(footer.officeName)}</p>`);
  if (footer.contact) parts.push(p(footer.contact));
  parts.push(p(footer.noReply, "font-size:13px;color:#6b7280;border-top:1px solid #e5e7eb;padding-top:16px"));
  return (
    `<!doctype html><html lang="${escapeHtml(locale)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>` +
    `<body style="margin:0;padding:24px;background:#f9fafb"><div style="max-width:560px;margin:0 auto;` +
    `padding:24px;background:#ffffff;${font}">${parts.join("")}</div></body></html>`
  );
}
