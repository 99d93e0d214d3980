/**
 * Reads a plan file of any format PlanGraph takes (text, a saved web page, a Word .docx, a PDF with a text layer)
 * into the lines the plan text parser reads (parseImportedText), with its tables and what was left out.
 * The format is told by the bytes first (%PDF, a zip holding word/document.xml, <html / <!DOCTYPE), then by the
 * file name's extension; a file that is none of these is refused with a code saying why.
 */
import { decodeText } from '../importer';
import { ImportRefusedError } from '../refused';
import { readDocx } from './docx';
import { decodeHtml, readHtml } from './html';
import { readPdf } from './pdf';
import type { PlanSource } from './source';

export type { PlanSource, RemovedText, RemovedReason, SourceTable } from './source';

export type PlanFormat = PlanSource['format'];

export async function readPlanFile(bytes: Uint8Array, fileName: string): Promise<PlanSource> {
  if (bytes.length === 0) throw new ImportRefusedError('the file is empty', 'UNREADABLE_FILE');
  const format = detectFormat(bytes, fileName);
  switch (format) {
    case 'PDF':
      return { format, ...(await readPdf(bytes)) };
    case 'DOCX':
      return { format, ...(await readDocx(bytes)) };
    case 'HTML':
      return { format, ...readHtml(decodeHtml(bytes)) };
    case 'TEXT':
      return { format, text: decodePlainText(bytes), tables: [], removed: [] };
  }
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The file's format, by its bytes, else its extension (see the file comment). */
export function detectFormat(bytes: Uint8Array, fileName: string): PlanFormat {
  const head = Buffer.from(bytes.subarray(0, 1024));
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  // A PDF's header may follow a little junk (the spec allows it within the first 1024 bytes).
  if (head.includes('%PDF-')) return 'PDF';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml')) return 'DOCX';
    throw new ImportRefusedError(`${fileName} is a zip archive but not a Word document (.docx has word/document.xml); spreadsheets and other archives are not plans PlanGraph reads`, 'UNSUPPORTED_FORMAT');
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportRefusedError(`${fileName} is an old Office file (.doc/.xls, 97-2003); save it as .docx or PDF`, 'UNSUPPORTED_FORMAT');
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw new ImportRefusedError(`${fileName} is RTF; save it as .docx or PDF`, 'UNSUPPORTED_FORMAT');
  const ascii = head.toString('latin1').replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '').trimStart().slice(0, 512).toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>])/.test(ascii)) return 'HTML';
  if (['html', 'htm', 'xhtml', 'shtml'].includes(extension)) return 'HTML';
  if (extension === 'pdf' || extension === 'docx') {
    throw new ImportRefusedError(`${fileName} is named .${extension} but is not a ${extension === 'pdf' ? 'PDF' : 'Word document'} (damaged or misnamed)`, 'UNREADABLE_FILE');
  }
  if (['doc', 'xls', 'xlsx', 'ppt', 'pptx', 'wps', 'odt', 'rtf'].includes(extension)) {
    throw new ImportRefusedError(`.${extension} files are not read; save the plan as .docx, PDF, a web page or text`, 'UNSUPPORTED_FORMAT');
  }
  return 'TEXT';
}

/**
 * A text file's text: UTF-8 as the text importer always read it (decodeText), else GB18030 (the encoding Chinese
 * Windows saves text in) when the bytes are valid GB18030 and read as mostly Chinese; binary is refused.
 */
function decodePlainText(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return decodeText(buffer);
  } catch (error) {
    if (!(error instanceof ImportRefusedError)) throw error;
    if (!buffer.subarray(0, 8192).includes(0)) {
      try {
        const text = new TextDecoder('gb18030', { fatal: true }).decode(buffer);
        const letters = text.replace(/\s/g, '');
        const chinese = (letters.match(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/g) ?? []).length;
        if (letters.length && chinese / letters.length > 0.3) return text;
      } catch {
        // not GB18030 either
      }
    }
    throw new ImportRefusedError(`${error.message}: not a text file, web page, Word document or PDF`, 'UNSUPPORTED_FORMAT');
  }
}
