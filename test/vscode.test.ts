import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lint } from "./helpers.js";
import { LanguageServerClient } from "./lsp-client.js";

const workspace = fileURLToPath(new URL("fixtures/vscode-workspace/", import.meta.url));
const workspaceUri = pathToFileURL(workspace).href.replace(/\/$/u, "");

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Diagnostic {
  range: Range;
  message: string;
  severity: number;
  code: string | { value: string };
  source: string;
}

/** The per-document settings VS Code's ESLint extension sends for a flat-config workspace. */
function documentSettings() {
  return {
    validate: "on",
    packageManager: "npm",
    useESLintClass: false,
    useFlatConfig: true,
    // "experimental" is the ESLint 8.21–8.56 path through FlatESLint; ESLint 10 uses `useFlatConfig`.
    experimental: { useFlatConfig: false },
    codeActionOnSave: { enable: false, mode: "all" },
    format: false,
    quiet: false,
    onIgnoredFiles: "off",
    options: {},
    rulesCustomizations: [],
    run: "onType",
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: { mode: "location" },
    workspaceFolder: { name: "vscode-workspace", uri: workspaceUri },
    codeAction: {
      disableRuleComment: { enable: true, location: "separateLine", commentStyle: "line" },
      showDocumentation: { enable: true },
    },
  };
}

/** Applies LSP text edits (line/character positions) to a text. */
function applyEdits(text: string, edits: { range: Range; newText: string }[]): string {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === "\n") lineStarts.push(index + 1);
  const offset = (position: { line: number; character: number }) => (lineStarts[position.line] ?? text.length) + position.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}

const codeOf = (diagnostic: Diagnostic) => (typeof diagnostic.code === "string" ? diagnostic.code : diagnostic.code.value);

interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: { textDocument: { uri: string }; edits: TextEdit[] }[];
}
interface TextEdit {
  range: Range;
  newText: string;
}

describe("VS Code: the real ESLint language server", () => {
  const client = new LanguageServerClient();
  const settings = { commentStyle: "line" };
  let appliedEdit: WorkspaceEdit | undefined;
  const lastAppliedEdit = () => appliedEdit;
  let version = 1;

  beforeAll(async () => {
    client.onRequest("workspace/configuration", (params) =>
      (params as { items: unknown[] }).items.map(() => {
        const document = documentSettings();
        document.codeAction.disableRuleComment.commentStyle = settings.commentStyle;
        return document;
      }),
    );
    client.onRequest("client/registerCapability", () => null);
    client.onRequest("window/workDoneProgress/create", () => null);
    client.onRequest("workspace/applyEdit", (params) => {
      appliedEdit = (params as { edit: WorkspaceEdit }).edit;
      return { applied: true };
    });
    await client.request("initialize", {
      processId: process.pid,
      rootUri: workspaceUri,
      workspaceFolders: [{ name: "vscode-workspace", uri: workspaceUri }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
        textDocument: { diagnostic: { dynamicRegistration: false }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } } },
      },
    });
    client.notify("initialized", {});
  }, 30_000);

  afterAll(async () => {
    await client.close();
  });

  function open(name: string, languageId: string) {
    const text = readFileSync(`${workspace}templates/${name}`, "utf8");
    const uri = `${workspaceUri}/templates/${name}`;
    client.notify("textDocument/didOpen", { textDocument: { uri, languageId, version: version++, text } });
    return { uri, text };
  }

  async function diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await client.request<{ items: Diagnostic[] }>("textDocument/diagnostic", { textDocument: { uri } });
    return report.items;
  }

  /** Runs the code action whose title starts with `title`, as VS Code does, and returns the edited text. */
  async function runAction(uri: string, text: string, found: Diagnostic[], title: string): Promise<string> {
    const actions = await client.request<{ title: string; command?: { command: string; arguments: unknown[] } }[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: found[0]!.range,
      context: { diagnostics: found, only: ["quickfix"] },
    });
    const action = actions.find((candidate) => candidate.title.startsWith(title));
    expect(action?.command, actions.map((candidate) => candidate.title).join(" | ")).toBeDefined();
    appliedEdit = undefined;
    await client.request("workspace/executeCommand", { command: action!.command!.command, arguments: action!.command!.arguments });
    const edit = lastAppliedEdit();
    const edits = edit?.changes?.[uri] ?? edit?.documentChanges?.find((change) => change.textDocument.uri === uri)?.edits;
    expect(edits, JSON.stringify(edit)).toBeDefined();
    return applyEdits(text, edits!);
  }

  const settingsOfWorkspace = { "csp-comms": { partner: { name: "Contoso", domains: ["contoso.com"], sender: "Contoso Billing <billing@contoso.com>" } } };

  it("shows the MJML sender finding at the CLI's exact range; its suggestion gives a valid, clean template", async () => {
    const { uri, text } = open("invoice.mjml", "mjml");
    const found = await diagnostics(uri);
    expect(found.map((diagnostic) => [codeOf(diagnostic), diagnostic.severity, diagnostic.range])).toEqual([
      ["csp-comms/no-microsoft-sender", 1, { start: { line: 1, character: 6 }, end: { line: 1, character: 23 } }],
    ]);
    expect(found[0]!.message).toContain('The from name "Microsoft Billing" presents Microsoft as the sender');
    const cli = lint(text, "invoice.mjml", { settings: settingsOfWorkspace });
    expect(cli.map((message) => [message.line - 1, message.column - 1, message.endLine! - 1, message.endColumn! - 1])).toEqual([[1, 6, 1, 23]]);

    const fixed = await runAction(uri, text, found, "Use the partner sender");
    expect(fixed.split("\n")[1]).toBe("from: Contoso Billing <billing@contoso.com>");
    expect(lint(fixed, "invoice.mjml", { settings: settingsOfWorkspace })).toEqual([]);
  });

  it("'Disable for this line' with block comments writes a directive the MJML language honours", async () => {
    settings.commentStyle = "block";
    const { uri, text } = open("payment.mjml", "html");
    const found = await diagnostics(uri);
    expect(found.map((diagnostic) => [codeOf(diagnostic), diagnostic.range])).toEqual([
      ["csp-comms/no-microsoft-billing-contact", { start: { line: 6, character: 25 }, end: { line: 6, character: 72 } }],
    ]);
    const disabled = await runAction(uri, text, found, "Disable csp-comms/no-microsoft-billing-contact for this line");
    expect(disabled).toContain("<!-- eslint-disable-next-line csp-comms/no-microsoft-billing-contact -->");
    expect(lint(disabled, "payment.mjml", { settings: settingsOfWorkspace })).toEqual([]);
    settings.commentStyle = "line";
  });

  it("shows the Markdown sign-off finding and re-lints the document when it is edited", async () => {
    const { uri, text } = open("renewal.md", "markdown");
    const found = await diagnostics(uri);
    expect(found.map((diagnostic) => [codeOf(diagnostic), diagnostic.range])).toEqual([
      ["csp-comms/no-microsoft-authorship", { start: { line: 6, character: 0 }, end: { line: 6, character: 26 } }],
    ]);
    const edited = text.replace("The Microsoft Billing Team", "The Contoso Billing Team");
    client.notify("textDocument/didChange", { textDocument: { uri, version: version++ }, contentChanges: [{ text: edited }] });
    expect(await diagnostics(uri)).toEqual([]);
  });
});
