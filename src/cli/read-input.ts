import { readFile, stat } from 'node:fs/promises';
import { htmlToText } from './html-text.ts';

/** Files larger than this are refused rather than read into memory. */
export const MAX_BYTES = 50 * 1024 * 1024;

export type Input = { file: string; text: string } | { file: string; error: string };

/**
 * Reads one input as the contract says: `.html`/`.htm` as a page, anything else as UTF-8 text,
 * `-` as standard input. Every failure becomes one line naming the file; nothing throws.
 */
export async function readInput(file: string, stdin: () => Promise<Buffer>): Promise<Input> {
  try {
    const bytes = file === '-' ? await stdin() : await readChecked(file);
    if (bytes.length > MAX_BYTES) return { file, error: `${file}: larger than 50 MB, not scanned` };
    if (bytes.subarray(0, 8192).includes(0))
      return { file, error: `${file}: binary file, not scanned` };
    const content = new TextDecoder('utf-8').decode(bytes);
    return { file, text: /\.html?$/i.test(file) ? htmlToText(content) : content };
  } catch (error) {
    return { file, error: `${file}: ${describe(error)}` };
  }
}

async function readChecked(file: string): Promise<Buffer> {
  const info = await stat(file);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (info.size > MAX_BYTES) return Buffer.alloc(MAX_BYTES + 1);
  return readFile(file);
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error
    ? (error.message.split('\n')[0] ?? 'could not be read')
    : 'could not be read';
}
