// Runs on `npm install` in a clone of this repository (the pre-commit framework installs hooks
// that way, then packs the clone): builds dist/ once. In an installed package dist/ is already
// there and nothing runs. Output goes to stderr, because `npm pack`'s stdout must stay a file name.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

if (!existsSync("dist/src/index.js") && existsSync("tsconfig.build.json")) {
  const result = spawnSync("npm", ["run", "--silent", "build"], { stdio: ["ignore", process.stderr, process.stderr] });
  process.exitCode = result.status ?? 1;
}
