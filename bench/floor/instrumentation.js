// Empty on purpose: without an instrumentation file of its own, Turbopack (whose root is the repository, see
// next.config.mjs) compiles the portal's instrumentation.ts into the floor, which then starts the portal's
// background work (observed with Next 16.4.6). The floor must be a bare app.
export function register() {}
