// Loaded into the bench's portal processes with `--import` when `npm run bench -- --profile` runs (NODE_OPTIONS
// admits --import, not --cpu-prof). Only in the Next.js server process (scripts/lib/portal-server.mjs): SIGUSR2
// starts the V8 CPU profiler, the next SIGUSR2 stops it and writes `profile.cpuprofile` into BENCH_PROFILE_DIR;
// `started` and `stopped` files tell the bench when each step is done (bench/lib/profile.mts).
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";

const dir = process.env.BENCH_PROFILE_DIR;
if (dir && process.argv.some((arg) => arg.endsWith("portal-server.mjs"))) {
  const session = new Session();
  session.connect();
  let running = false;
  const post = (method, params) =>
    new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  process.on("SIGUSR2", async () => {
    try {
      if (!running) {
        await post("Profiler.enable");
        await post("Profiler.setSamplingInterval", { interval: 500 });
        await post("Profiler.start");
        running = true;
        writeFileSync(path.join(dir, "started"), "");
      } else {
        const { profile } = await post("Profiler.stop");
        running = false;
        writeFileSync(path.join(dir, "profile.cpuprofile"), JSON.stringify(profile));
        writeFileSync(path.join(dir, "stopped"), "");
      }
    } catch (error) {
      writeFileSync(path.join(dir, "failed"), String(error));
    }
  });
}
