import "server-only";
import { Vonage } from "@vonage/server-sdk";
import type { Config } from "@/lib/config";
import { DeliveryError, describeFailure, type Driver } from "./driver-contract";

type VonageSettings = Extract<Config["sms"], { driver: "vonage" }>;
type SmsParams = NonNullable<Parameters<Vonage["sms"]["send"]>[0]>;
// What the SDK returns per message after camel-casing the JSON; its published types mix both spellings.
type SmsResult = { status?: string; messageId?: string; errorText?: string };

const timeoutMs = 15_000;

// GSM 03.38 basic set plus its extension table; anything else needs type=unicode or Vonage garbles it.
const gsm7 =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§" +
  "¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€";

export function isGsm7(text: string): boolean {
  return [...text].every((c) => gsm7.includes(c));
}

export function createVonageDriver(settings: VonageSettings): Driver {
  // The SMS client sends to `${restHost}/sms/json` (rest.nexmo.com by default), with key and secret as Basic auth.
  const vonage = new Vonage(
    { apiKey: settings.apiKey, apiSecret: settings.apiSecret },
    { timeout: timeoutMs, ...(settings.restHost ? { restHost: settings.restHost.replace(/\/+$/, "") } : {}) },
  );
  const secrets = [settings.apiKey, settings.apiSecret];
  return {
    async send(message) {
      if (message.channel !== "sms") throw new Error("Vonage driver only sends SMS");
      const text = message.data.text;
      const params: SmsParams = {
        // The SMS API wants international format without the plus.
        to: message.recipient.replace(/^\+/, ""),
        from: settings.from,
        text,
        ...(isGsm7(text) ? {} : { type: "unicode" as unknown as NonNullable<SmsParams["type"]> }),
      };
      let messages: SmsResult[];
      try {
        // The SDK already throws when every part failed; the check below also catches partial failures.
        messages = ((await vonage.sms.send(params)).messages ?? []) as unknown as SmsResult[];
      } catch (error) {
        throw new DeliveryError(`Vonage ${describeFailure(smsFailure(error))}`, secrets);
      }
      const failed = messages.find((m) => m.status !== "0");
      if (failed || messages.length === 0) {
        throw new DeliveryError(`Vonage status ${failed?.status ?? "none"}: ${failed?.errorText ?? ""}`, secrets);
      }
      return {
        providerId:
          messages
            .map((m) => m.messageId)
            .filter(Boolean)
            .join(",") || null,
      };
    },
  };
}

/** SMSFailure carries the per-message status and error text, which say far more than its generic message. */
function smsFailure(error: unknown): unknown {
  const response = (error as { response?: { messages?: SmsResult[] } })?.response;
  const failed = response?.messages?.find((m) => m.status !== "0");
  if (failed) return `status ${failed.status}: ${failed.errorText ?? ""}`;
  return error;
}
