import { describe, expect, it } from "vitest";
import { clientIp, isLoopback } from "@/lib/client-ip";

describe("clientIp", () => {
  const peer = "192.0.2.10";

  it("with no trusted proxy uses the connection's address, whatever X-Forwarded-For says", () => {
    expect(clientIp({ forwardedFor: null, peer, trustedHops: 0 })).toBe(peer);
    expect(clientIp({ forwardedFor: "203.0.113.1", peer, trustedHops: 0 })).toBe(peer);
    expect(clientIp({ forwardedFor: "203.0.113.1, 198.51.100.2", peer, trustedHops: 0 })).toBe(peer);
  });

  it("with one proxy takes the entry it appended (the last), never the client's own entries before it", () => {
    expect(clientIp({ forwardedFor: "198.51.100.7", peer: "10.0.0.2", trustedHops: 1 })).toBe("198.51.100.7");
    expect(clientIp({ forwardedFor: "203.0.113.1, 203.0.113.2, 198.51.100.7", peer: "10.0.0.2", trustedHops: 1 })).toBe("198.51.100.7");
  });

  it("with two proxies takes the second entry from the right", () => {
    expect(clientIp({ forwardedFor: "203.0.113.1, 198.51.100.7, 10.0.0.3", peer: "10.0.0.2", trustedHops: 2 })).toBe("198.51.100.7");
  });

  it("uses the leftmost address when the request came through fewer proxies than configured", () => {
    expect(clientIp({ forwardedFor: null, peer, trustedHops: 1 })).toBe(peer);
    expect(clientIp({ forwardedFor: "198.51.100.7", peer: "10.0.0.2", trustedHops: 3 })).toBe("198.51.100.7");
  });

  it("skips empty entries and writes IPv4-mapped IPv6 addresses as IPv4", () => {
    expect(clientIp({ forwardedFor: " , 198.51.100.7 ,", peer: "::ffff:10.0.0.2", trustedHops: 1 })).toBe("198.51.100.7");
    expect(clientIp({ forwardedFor: null, peer: "::ffff:127.0.0.1", trustedHops: 0 })).toBe("127.0.0.1");
    expect(clientIp({ forwardedFor: null, peer: "2001:db8::1", trustedHops: 0 })).toBe("2001:db8::1");
  });

  it("knows no address without a connection address and no trusted proxy", () => {
    expect(clientIp({ forwardedFor: "203.0.113.1", peer: null, trustedHops: 0 })).toBeNull();
    expect(clientIp({ forwardedFor: null, peer: null, trustedHops: 1 })).toBeNull();
  });
});

describe("isLoopback", () => {
  it("accepts 127.0.0.0/8 and ::1 only", () => {
    expect(["127.0.0.1", "127.1.2.3", "::1"].map(isLoopback)).toEqual([true, true, true]);
    expect(["10.0.0.1", "::ffff:127.0.0.1x", "localhost", "", null, "1270.0.0.1"].map(isLoopback)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
