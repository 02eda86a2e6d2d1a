import { describe, expect, it } from 'vitest';
import {
  documentProblem,
  documentType,
  fileSize,
  guessDocumentKind,
  isTextDocument,
  MAX_DOCUMENT_BYTES,
} from '../../src-shared/domain/documents';

describe('documents a user attaches', () => {
  it('knows a document by its last extension, in any case, and nothing without one', () => {
    expect(documentType('CV.final.PDF')).toBe('application/pdf');
    expect(documentType('letter.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(documentType('notes.md')).toBe('text/markdown');
    expect(documentType('archive.pdf.zip')).toBeNull();
    expect(documentType('pdf')).toBeNull();
    expect(documentType('resume.')).toBeNull();
    expect(['a.txt', 'b.MD', 'c.pdf', 'txt'].map(isTextDocument)).toEqual([true, true, false, false]);
  });

  it('writes sizes in bytes, whole kilobytes or megabytes to one place', () => {
    expect([0, 1023, 1024, 1536, 1024 * 1024 - 1, 1024 * 1024, 1.45 * 1024 * 1024].map(fileSize)).toEqual([
      '0 bytes',
      '1023 bytes',
      '1 KB',
      '2 KB',
      '1024 KB',
      '1.0 MB',
      '1.4 MB',
    ]);
  });

  it('says why a file cannot be attached: its kind, empty, or too large; the largest allowed passes', () => {
    expect(documentProblem('photo.png', 10)).toBe(
      'photo.png is not a document Quarry keeps: attach a PDF, DOCX, ODT, TXT or MD file.',
    );
    expect(documentProblem('cv.pdf', 0)).toBe('cv.pdf is empty: there is nothing to attach.');
    expect(documentProblem('cv.pdf', MAX_DOCUMENT_BYTES + 1)).toBe('cv.pdf is 20.0 MB; a document can be at most 20.0 MB.');
    expect(documentProblem('cv.pdf', MAX_DOCUMENT_BYTES)).toBeNull();
    expect(documentProblem('cv.pdf', 1)).toBeNull();
  });

  it('guesses a kind from the file’s name, in English, German and French, accents or not', () => {
    const guesses = {
      'Jane Doe CV v3.pdf': 'resume',
      'Résumé 2026.docx': 'resume',
      'lebenslauf.pdf': 'resume',
      'Cover letter – Acme.pdf': 'cover_letter',
      'Anschreiben.odt': 'cover_letter',
      'lettre de motivation.pdf': 'cover_letter',
      'Offer - Acme.pdf': 'offer_letter',
      'employment contract.pdf': 'offer_letter',
      'Portfolio.pdf': 'portfolio',
      'Case study: payments.pdf': 'portfolio',
      'notes.txt': 'other',
      // Words that merely contain the short ones are not them.
      'cvs-receipt.pdf': 'other',
      'offering.pdf': 'other',
    };
    expect(Object.fromEntries(Object.keys(guesses).map((name) => [name, guessDocumentKind(name)]))).toEqual(guesses);
  });
});
