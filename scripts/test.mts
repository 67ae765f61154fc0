// `npm test`: format, lint, structure, types, unit, integration, e2e, in that order; stops at the first failure.
import { spawnSync } from "node:child_process";

const bin = (name: string) => `node_modules/.bin/${name}`;
const steps: Array<[string, string, string[]]> = [
  ["format", bin("prettier"), ["--check", "--log-level=warn", "."]],
  ["lint", bin("eslint"), ["--max-warnings=0", "."]],
  // The floors of .dependency-cruiser.cjs: no import cycles, db/ below lib/, pages and components through lib/.
  ["structure", bin("depcruise"), ["--output-type", "err", "app", "components", "lib", "db", "i18n", "proxy.ts"]],
  ["types", bin("tsc"), ["--noEmit"]],
  // On the Node that runs this script (.ci/run runs these two on Node 24 as well).
  ["unit", process.execPath, [bin("vitest"), "run", "--project", "unit"]],
  ["integration", process.execPath, [bin("vitest"), "run", "--project", "integration"]],
  ["e2e", bin("playwright"), ["test"]],
];

const only = process.argv.slice(2);
console.log(`Node ${process.version} (${process.execPath})`);
for (const [name, command, args] of steps) {
  if (only.length > 0 && !only.includes(name)) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} passed in ${seconds} s`);
}
