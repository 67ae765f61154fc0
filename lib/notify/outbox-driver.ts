import "server-only";
import type { Driver } from "./driver-contract";

/** Demo and test mode: the outbox row is the message; /dev/outbox shows it. Nothing leaves the machine. */
export const outboxDriver: Driver = {
  async send() {
    return { providerId: null };
  },
};
