// Serves dist-preview/ once for the whole e2e run; tests read the address from E2E_BASE_URL.
import { existsSync } from "node:fs";
import path from "node:path";
import { startStaticServer, type StaticServer } from "./server";

declare global {
  // The server handle passes from globalSetup to globalTeardown (`var`: only a var in `declare global` types a globalThis property).
  var __E2E_SERVER__: StaticServer | undefined;
}

export default async function globalSetup(): Promise<void> {
  const dir = path.resolve(__dirname, "../../../dist-preview");
  if (!existsSync(path.join(dir, "preview.html"))) {
    throw new Error("dist-preview/preview.html is missing: run the e2e tests with `npm run test:e2e`, which builds it.");
  }
  const server = await startStaticServer(dir);
  globalThis.__E2E_SERVER__ = server;
  process.env.E2E_BASE_URL = server.url;
}
