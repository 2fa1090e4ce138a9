/** One line the Actions toolkit wrote: a workflow command (`::warning::text`) or plain text. */
export interface ToolkitLine {
  /** "warning", "error", "debug", "add-mask", … or "text" for a plain line. */
  command: string;
  message: string;
  raw: string;
}

/** The toolkit escapes %, CR and LF in command messages; undo it so messages read as written. */
function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export function parseToolkitLine(raw: string): ToolkitLine {
  const match = /^::([A-Za-z-]+)(?: [^:]*)?::(.*)$/.exec(raw);
  if (!match) return { command: 'text', message: raw, raw };
  return { command: match[1], message: unescapeData(match[2]), raw };
}
