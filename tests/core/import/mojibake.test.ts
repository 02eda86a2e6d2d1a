import { describe, expect, it } from 'vitest';
import { hasMojibake, repairMojibake } from '../../../src-main/core/import/mojibake';

/** UTF-8 read as Windows-1252 and saved again, at the edges of each sequence length. */
const misread = (text: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));

describe('repairMojibake', () => {
  it.each([
    ['two bytes, the last lead', '\u07ff'],
    ['three bytes, the first lead', '\u0800'],
    ['three bytes, the last lead', '\ufffd'],
    ['four bytes, the first lead', '😀'],
    ['four bytes, the last lead', '\u{100000}'],
  ])('repairs %s', (_, character) => {
    const broken = misread(`Team ${character} here`);
    expect(broken).not.toBe(`Team ${character} here`);
    expect(repairMojibake(broken)).toBe(`Team ${character} here`);
  });

  it('leaves a lead character alone when what follows cannot continue it', () => {
    for (const text of ['ÃÃ', 'naïve café', 'Â', 'ñ“Hola”']) expect(repairMojibake(text)).toBe(text);
    // 0xC0 after a lead is no continuation byte.
    expect(repairMojibake('Ã\u00c0')).toBe('Ã\u00c0');
    // Bytes that are no lead (0xF5 and up) start nothing.
    expect(repairMojibake('õ€€€')).toBe('õ€€€');
  });

  it('drops a sequence that lost a byte only beside one that decoded, or when three long', () => {
    expect(repairMojibake('Weâ€™â€ here')).toBe('We’ here');
    expect(repairMojibake('Weâ€™re â€ here')).toBe('We’re â€ here');
    expect(repairMojibake('ðŸ” What')).toBe(' What');
    expect(repairMojibake('Sí â€ no')).toBe('Sí â€ no');
  });

  it('reads each sequence for exactly its length, and keeps what decodes nothing beside it as it was', () => {
    expect(repairMojibake('cafÃ©€')).toBe('café€');
    expect(repairMojibake('âÃ€')).toBe('âÀ');
    expect(repairMojibake('châÃ©')).toBe('châé');
    expect(repairMojibake('cafÃ©Â')).toBe('caféÂ');
    expect(repairMojibake('Señâ€')).toBe('Señâ€');
  });

  it('tells whether a text holds any', () => {
    expect(hasMojibake('Weâ€™re hiring')).toBe(true);
    expect(hasMojibake('We’re hiring in Zürich')).toBe(false);
  });
});
