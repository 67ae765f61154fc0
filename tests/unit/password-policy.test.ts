// The password rules of docs/security-requirements.md (6.2.x): length in code points (10–128), no composition rules, no common
// passwords (any case), not the account's own e-mail address.
import { describe, expect, it } from "vitest";
import { passwordPolicyError } from "@/lib/auth/password-policy";

describe("passwordPolicyError", () => {
  it.each([
    ["empty", "", "set_password.errors.too_short"],
    ["9 characters", "abcdefghi", "set_password.errors.too_short"],
    ["10 characters", "kwz-plofta", null],
    ["lower case only, no digits or symbols", "paardenbloem kaas", null],
    ["128 characters", "x".repeat(64) + "y".repeat(64), null],
    ["129 characters", "x".repeat(64) + "y".repeat(65), "set_password.errors.too_long"],
    ["common: password123", "password123", "set_password.errors.too_common"],
    ["common: qwertyuiop", "qwertyuiop", "set_password.errors.too_common"],
    ["common, other case: QwertyUIOP", "QwertyUIOP", "set_password.errors.too_common"],
    ["common, upper case: PASSWORD123", "PASSWORD123", "set_password.errors.too_common"],
  ])("%s", (_name, password, expected) => {
    expect(passwordPolicyError(password)).toBe(expected);
  });

  it("refuses the account's own e-mail address, in any case", () => {
    expect(passwordPolicyError("els.jansen@example.test", "els.jansen@example.test")).toBe("set_password.errors.is_email");
    expect(passwordPolicyError("Els.Jansen@Example.TEST", "els.jansen@example.test")).toBe("set_password.errors.is_email");
    expect(passwordPolicyError("els.jansen@example.test", "iemand@example.test")).toBeNull();
  });

  it("counts Unicode code points, not UTF-16 units", () => {
    // 5 emoji are 10 UTF-16 units but 5 characters: too short.
    expect(passwordPolicyError("🔑".repeat(5))).toBe("set_password.errors.too_short");
    expect(passwordPolicyError("🔑".repeat(10))).toBeNull();
    // 128 emoji are 256 UTF-16 units, still 128 characters: allowed; 129 are not.
    expect(passwordPolicyError("🔑".repeat(128))).toBeNull();
    expect(passwordPolicyError("🔑".repeat(129))).toBe("set_password.errors.too_long");
    expect(passwordPolicyError("één twee drie")).toBeNull();
    expect(passwordPolicyError("ééééééééé")).toBe("set_password.errors.too_short");
  });
});
