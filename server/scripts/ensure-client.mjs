// Builds the client once if `pnpm start` finds no build, so a newcomer needs one command.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../../client/dist/index.html", import.meta.url));
if (!existsSync(dist)) {
  console.log("Building the client (first start only)…");
  execSync("pnpm --filter @trilogue/client build", { stdio: "inherit" });
}
