/** The demo accounts: shown on the login page in demo mode only. */
export const DEMO_LOGINS = {
  staff: "staff@demo.test",
  client: "client@demo.test",
  password: "demo-portal-2026",
} as const;
