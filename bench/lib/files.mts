// `--files`: the big-file case (issue 12, item 3). Not built yet.
import type { Config } from "../../lib/config";
import type { Server } from "./processes.mts";

export type FilesResult = { summary: string; problems: string[] };

export async function runFilesCase(options: { portal: Server; config: Config; staffCookie: string; megabytes: number }): Promise<FilesResult> {
  throw new Error(`the big-file case (${options.megabytes} MB) is not built yet`);
}
