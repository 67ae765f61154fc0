// The bench's profile summary (bench/lib/profile.mts): samples are counted per origin, inclusive once per stack.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { summarizeProfile } from "@/bench/lib/profile.mts";

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0, columnNumber: 0 });

describe("summarizeProfile", () => {
  it("gives each origin its inclusive and self share, counting a package once per stack", () => {
    const nodes = [
      { id: 1, callFrame: frame("(root)", ""), children: [2, 6] },
      { id: 2, callFrame: frame("processTicksAndRejections", "node:internal/process/task_queues"), children: [3] },
      { id: 3, callFrame: frame("render", "file:///srv/node_modules/drizzle-orm/sql/sql.js"), children: [4] },
      { id: 4, callFrame: frame("is", "file:///srv/node_modules/drizzle-orm/entity.js"), children: [5] },
      { id: 5, callFrame: frame("query", "file:///srv/node_modules/postgres/src/connection.js") },
      { id: 6, callFrame: frame("(garbage collector)", "") },
    ];
    // Four samples: two in drizzle (one nested in drizzle twice), one in postgres under drizzle, one in GC.
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "profile-")), "case.cpuprofile");
    writeFileSync(file, JSON.stringify({ nodes, samples: [3, 4, 5, 6] }));
    const summary = summarizeProfile(file);
    const share = (section: "inclusive" | "self", name: string) => {
      const lines = summary.split(`  ${section}:`)[1]!.split("\n");
      const line = lines.find((l) => l.trim().endsWith(`%  ${name}`));
      return line ? Number(line.trim().split(" ")[0]) : 0;
    };
    expect(summary).toContain("case.cpuprofile: 4 samples");
    expect(share("inclusive", "drizzle-orm")).toBe(75);
    expect(share("self", "drizzle-orm")).toBe(50);
    expect(share("inclusive", "postgres")).toBe(25);
    expect(share("self", "(garbage collector)")).toBe(25);
    // Node.js's event loop is under every stack: not listed as inclusive.
    expect(share("inclusive", "node")).toBe(0);
  });
});
