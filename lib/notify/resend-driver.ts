import "server-only";
import { Resend } from "resend";
import type { Config } from "@/lib/config";
import { DeliveryError, type Driver } from "./driver-contract";

type ResendSettings = Extract<Config["email"], { driver: "resend" }>;

// Without a deadline a hanging API would hold the delivery run (and its claim on the row) indefinitely.
const timeoutMs = 15_000;

export function createResendDriver(settings: ResendSettings): Driver {
  // Pass the base URL explicitly: the SDK would otherwise read RESEND_BASE_URL itself, and config is the only
  // place that reads the environment.
  const baseUrl = (settings.baseUrl ?? "https://api.resend.com").replace(/\/+$/, "");
  const resend = new Resend(settings.apiKey, { baseUrl });
  return {
    async send(message) {
      if (message.channel !== "email") throw new Error("Resend driver only sends e-mail");
      const { subject, text, html } = message.data;
      const { data, error } = await resend.emails.send(
        { from: settings.from, to: message.recipient, subject: subject ?? "", text, ...(html ? { html } : {}) },
        // The row id makes a retry after a lost response a no-op at Resend instead of a second e-mail.
        { idempotencyKey: message.id, signal: AbortSignal.timeout(timeoutMs) },
      );
      // The SDK reports HTTP and network failures as `error` rather than throwing.
      if (error || !data) {
        const reason = `${error?.name ?? "no_data"} (${error?.statusCode ?? "-"}): ${error?.message ?? ""}`;
        throw new DeliveryError(`Resend ${reason}`, [settings.apiKey]);
      }
      return { providerId: data.id };
    },
  };
}
