// tsc does not copy the lexicon JSON files that src/lexicons/index.ts reads at run time.
import { cpSync, readdirSync } from "node:fs";

for (const name of readdirSync("src/lexicons").filter((file) => file.endsWith(".json"))) {
  cpSync(`src/lexicons/${name}`, `dist/src/lexicons/${name}`);
}
