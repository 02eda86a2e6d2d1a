/** What a file sent with an application is. */
export const DOCUMENT_KINDS = ['resume', 'cover_letter', 'portfolio', 'offer_letter', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  resume: 'Résumé',
  cover_letter: 'Cover letter',
  portfolio: 'Portfolio',
  offer_letter: 'Offer letter',
  other: 'Other',
};

/** Files a job seeker sends, by extension, with the type a viewer opens them as. */
export const DOCUMENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  txt: 'text/plain',
  md: 'text/markdown',
};

/** Large enough for a designer's portfolio PDF; a file this size is surely not a résumé someone meant. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const extensionOf = (fileName: string): string => /\.([^.]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';

/** The media type of an attachable file, or null for a kind Quarry does not keep. */
export const documentType = (fileName: string): string | null => DOCUMENT_TYPES[extensionOf(fileName)] ?? null;

/** Plain-text documents, whose words search finds. */
export const isTextDocument = (fileName: string): boolean => ['txt', 'md'].includes(extensionOf(fileName));

/** "312 KB", "1.4 MB" */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file cannot be attached, or null when it can. */
export function documentProblem(fileName: string, byteSize: number): string | null {
  if (!documentType(fileName)) {
    return `${fileName} is not a document Quarry keeps: attach a PDF, DOCX, ODT, TXT or MD file.`;
  }
  if (byteSize === 0) return `${fileName} is empty: there is nothing to attach.`;
  if (byteSize > MAX_DOCUMENT_BYTES) {
    return `${fileName} is ${fileSize(byteSize)}; a document can be at most ${fileSize(MAX_DOCUMENT_BYTES)}.`;
  }
  return null;
}

/** A first guess at a file's kind from its name ("Jane Doe CV v3.pdf" is a résumé). */
export function guessDocumentKind(fileName: string): DocumentKind {
  const name = fileName.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (/\b(cv|resume|lebenslauf)\b/u.test(name)) return 'resume';
  if (/\bcover|anschreiben|motivation/u.test(name)) return 'cover_letter';
  if (/\boffer\b|\bcontract\b/u.test(name)) return 'offer_letter';
  if (/portfolio|case stud/u.test(name)) return 'portfolio';
  return 'other';
}

/** A document as one application shows it. */
export interface JobDocument {
  id: number;
  fileName: string;
  kind: DocumentKind;
  versionLabel: string | null;
  byteSize: number;
  attachedAt: string;
}

/** A document as the Documents view lists it: every job it went to. */
export interface DocumentSummary extends Omit<JobDocument, 'attachedAt'> {
  mediaType: string;
  addedAt: string;
  jobs: { id: number; title: string; company: string }[];
}

/** A document's bytes, to download or open. */
export interface DocumentContent {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}
