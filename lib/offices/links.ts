import { getConfig, type Config } from "@/lib/config";

/**
 * The address of an office's portal for links in e-mails: its own first host name (with the protocol of
 * PORTAL_PUBLIC_URL), else PORTAL_PUBLIC_URL. Never the Host header of whatever request caused the e-mail.
 */
export function officeBaseUrl(office: { hostnames: string[] }, config: Pick<Config, "publicUrl"> = getConfig()): string {
  const base = new URL(config.publicUrl);
  const host = office.hostnames[0];
  return host ? `${base.protocol}//${host}` : config.publicUrl;
}
