// The session cookies of one signed-in account. The check before each case takes any refreshed cookie from the
// answer, so a long run (Lighthouse, big files) never outlives the session's 30-minute idle limit.
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  constructor(header: string) {
    for (const part of header.split(";")) {
      const [name, ...value] = part.trim().split("=");
      if (name) this.cookies.set(name, value.join("="));
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** Takes the Set-Cookie headers of an answer; a cookie that is cleared (empty or expired) is dropped. */
  absorb(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const at = pair!.indexOf("=");
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = attributes.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split("=")[1]!) < Date.now()),
      );
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
