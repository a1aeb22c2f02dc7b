// Lints the example templates and prints the findings with a one-line summary. Exits 0 when the
// run went as expected (the examples are meant to have findings), 1 if ESLint itself failed or a
// template did not parse.
import { ESLint } from "eslint";

const eslint = new ESLint({ cwd: import.meta.dirname, overrideConfigFile: "eslint.config.js" });
const results = await eslint.lintFiles(["templates"]);
const formatter = await eslint.loadFormatter("stylish");
process.stdout.write(await formatter.format(results));
const findings = results.reduce((total, result) => total + result.messages.length, 0);
const fatal = results.filter((result) => result.messages.some((message) => message.fatal));
const flagged = results.filter((result) => result.messages.length > 0).length;
console.log(`csp-comms: ${results.length} templates linted, ${findings} findings in ${flagged} templates, ${fatal.length} parse errors.`);
process.exitCode = fatal.length > 0 ? 1 : 0;
