import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createRequire } from "node:module";

/** A minimal JSON-RPC client over stdio for the real ESLint language server used by VS Code. */
export class LanguageServerClient {
  readonly #process: ChildProcessWithoutNullStreams;
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  readonly #requestHandlers = new Map<string, (params: unknown) => unknown>();
  readonly stderr: string[] = [];
  /** Notifications and requests the server sent, for assertions and for failure messages. */
  readonly received: { method: string; params: unknown }[] = [];

  constructor() {
    const require = createRequire(import.meta.url);
    const serverPath = require.resolve("vscode-langservers-extracted/bin/vscode-eslint-language-server");
    this.#process = spawn(process.execPath, [serverPath, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    this.#process.stdout.on("data", (chunk: Buffer) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      this.#drain();
    });
    this.#process.stderr.on("data", (chunk: Buffer) => this.stderr.push(chunk.toString()));
  }

  onRequest(method: string, handler: (params: unknown) => unknown): void {
    this.#requestHandlers.set(method, handler);
  }

  request<Result>(method: string, params: unknown): Promise<Result> {
    const id = this.#nextId++;
    this.#send({ jsonrpc: "2.0", id, method, params });
    return new Promise<Result>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    });
  }

  notify(method: string, params: unknown): void {
    this.#send({ jsonrpc: "2.0", method, params });
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.request("shutdown", null), new Promise((resolve) => setTimeout(resolve, 2000))]);
      this.notify("exit", null);
    } finally {
      this.#process.kill();
    }
  }

  #send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.#process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.#process.stdin.write(body);
  }

  #drain(): void {
    for (;;) {
      const headerEnd = this.#buffer.indexOf("\r\n\r\n");
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/iu.exec(this.#buffer.subarray(0, headerEnd).toString())?.[1] ?? 0);
      if (this.#buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.#buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8")) as {
        id?: number;
        method?: string;
        params?: unknown;
        result?: unknown;
        error?: { message: string };
      };
      this.#buffer = this.#buffer.subarray(headerEnd + 4 + length);
      this.#handle(message);
    }
  }

  #handle(message: { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } }): void {
    if (message.method !== undefined) this.received.push({ method: message.method, params: message.params });
    if (message.method !== undefined && message.id !== undefined) {
      const handler = this.#requestHandlers.get(message.method);
      this.#send({ jsonrpc: "2.0", id: message.id, result: handler ? handler(message.params) : null });
      return;
    }
    if (message.id !== undefined) {
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.error) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result);
    }
  }
}
