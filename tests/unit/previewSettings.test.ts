/** The preview plays every host profile from its address: ?api, ?platform and ?options. */
import { applySettings, settingsFromQuery } from "../../src/preview/page/PreviewApp";
import { profileByName } from "../../src/preview/emulator/profiles";
import type { PreviewHost } from "../../src/preview/emulator/previewBridge";

function configured(search: string) {
  const calls: unknown[] = [];
  const host = { theme: "light", word: { configure: (o: unknown) => calls.push(o) } } as unknown as PreviewHost;
  applySettings(host, settingsFromQuery(search));
  return calls[0] as Record<string, unknown>;
}

describe("preview settings from the address", () => {
  it.each(["1.1-windows-lenient", "1.4-web-strict", "1.9-web-lenient"])("plays host profile %s", (name) => {
    const [api, platform, options] = name.split("-");
    const profile = profileByName(name)!;
    expect(configured(`?api=${api}&platform=${platform}&options=${options}`)).toMatchObject(profile.options);
  });

  it("leaves the options at the host's defaults when none is asked for", () => {
    expect(configured("?api=1.3")).toEqual({ wordApi: "1.3", platform: "PC", readOnly: false, theme: "light" });
  });
});
