import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps paths on this site", () => {
    expect(safeRedirectPath("/admin")).toBe("/admin");
    expect(safeRedirectPath("/dossiers?tab=documenten")).toBe("/dossiers?tab=documenten");
  });
  it.each([
    "//evil.example",
    "/\\evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "admin",
    "/api/health",
    "/a\nb",
    42,
    undefined,
  ])("refuses %s", (target) => {
    expect(safeRedirectPath(target, "/")).toBe("/");
  });
});
