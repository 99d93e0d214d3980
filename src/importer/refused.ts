/**
 * Why an import was refused, as a stable code the API and CLI can report (`extensions.code`). Refusals of the
 * text itself (no plan structure, no place, a curated key…) keep the general code; the file readers
 * (src/importer/read/) say what was wrong with the file.
 */
export type ImportRefusedCode =
  | 'IMPORT_REFUSED'
  /** Neither a text file, a web page, a Word document nor a PDF. */
  | 'UNSUPPORTED_FORMAT'
  /** The file claims a format but cannot be read as it (a broken zip, a damaged PDF, an empty file). */
  | 'UNREADABLE_FILE'
  /** A PDF with no text layer on any page: a scan, which needs OCR first. */
  | 'SCANNED_PDF'
  /** A PDF that needs a password. */
  | 'ENCRYPTED_PDF';

/** Why a text was refused: nothing is stored. */
export class ImportRefusedError extends Error {
  readonly code: ImportRefusedCode;
  constructor(message: string, code: ImportRefusedCode = 'IMPORT_REFUSED') {
    super(message);
    this.name = 'ImportRefusedError';
    this.code = code;
  }
}
