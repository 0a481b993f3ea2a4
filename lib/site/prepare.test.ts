import { describe, expect, it } from "vitest";
import { isPrepareRequest, PREPARE_HEADER } from "./prepare";

const token = "a".repeat(64);
const request = (value?: string) => new Request("http://localhost/api/fact-sheet", { headers: value === undefined ? {} : { [PREPARE_HEADER]: value } });

describe("the start-up request's token", () => {
  it("is recognised only with this process's token", () => {
    expect(isPrepareRequest(request(token), token)).toBe(true);
    expect(isPrepareRequest(request(`${"a".repeat(63)}b`), token)).toBe(false);
    expect(isPrepareRequest(request("a"), token)).toBe(false);
    expect(isPrepareRequest(request(), token)).toBe(false);
  });

  it("matches nothing when the server set no token, or a short one", () => {
    expect(isPrepareRequest(request(""), "")).toBe(false);
    expect(isPrepareRequest(request("short"), "short")).toBe(false);
    expect(isPrepareRequest(request(token), undefined)).toBe(false);
  });
});
