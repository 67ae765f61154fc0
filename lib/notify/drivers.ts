import "server-only";
import type { Config } from "@/lib/config";
import type { Driver, OutboxMessage } from "./driver-contract";
import { outboxDriver } from "./outbox-driver";
import { createResendDriver } from "./resend-driver";
import { createVonageDriver } from "./vonage-driver";

export type { Driver, OutboxMessage } from "./driver-contract";

export type NotifyConfig = Pick<Config, "email" | "sms">;

/** The configured driver per channel; e-mail and SMS switch to real providers independently. */
export function driverFor(channel: OutboxMessage["channel"], config: NotifyConfig): Driver {
  if (channel === "email") {
    return config.email.driver === "resend" ? createResendDriver(config.email) : outboxDriver;
  }
  return config.sms.driver === "vonage" ? createVonageDriver(config.sms) : outboxDriver;
}
