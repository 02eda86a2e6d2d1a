import { describe, expect, it } from 'vitest';
import { TrigramIndex } from '../../../src-main/core/search/trigram-index';

/** The candidate index on its own: postings kept right through changes, typo corrections, ranking. */
function indexOf(documents: Record<number, string>): TrigramIndex {
  const index = new TrigramIndex();
  for (const [id, text] of Object.entries(documents)) index.set(Number(id), text);
  return index;
}

describe('keeping the index', () => {
  it('counts documents, and forgets a document’s old words when it changes or goes', () => {
    const index = indexOf({ 1: 'kubernetes operator', 2: 'python developer' });
    expect(index.size).toBe(2);
    index.set(1, 'rust developer');
    expect(index.size).toBe(2);
    expect(index.candidates(['kubernetes'], 10)).toEqual([]);
    expect(index.candidates(['rust'], 10)).toEqual([1]);
    index.delete(2);
    index.delete(99);
    expect(index.size).toBe(1);
    expect(index.candidates(['python'], 10)).toEqual([]);
    expect(index.corrections('pythn')).toEqual([]);
  });

  it('keeps a word for the other documents that hold it when one goes', () => {
    const index = indexOf({ 1: 'python go', 2: 'python rust', 3: 'python' });
    index.delete(2);
    expect(index.candidates(['python'], 10)).toEqual([1, 3]);
    expect(index.corrections('pythn')).toEqual([{ word: 'python', distance: 1 }]);
    index.delete(1);
    index.delete(3);
    expect(index.corrections('pythn')).toEqual([]);
  });

  it('takes ids far past its first counting space', () => {
    const index = indexOf({ 5000: 'kubernetes', 70_000: 'kubernetes operator' });
    expect(index.candidates(['kubernetes'], 10)).toEqual([5000, 70_000]);
    expect(index.candidates(['operator'], 10)).toEqual([70_000]);
  });
});

describe('corrections', () => {
  const index = () => indexOf({ 1: 'data date', 2: 'data', 3: 'dart', 4: 'database', 5: 'kubernetes', 6: 'kubernetes' });

  it('offers the closest words first, then the commonest, then in alphabetical order', () => {
    expect(index().corrections('dtaa')).toEqual([{ word: 'data', distance: 1 }]);
    expect(index().corrections('dxte', 5)).toEqual([{ word: 'date', distance: 1 }]);
    expect(index().corrections('dat', 5)).toEqual([
      { word: 'data', distance: 1 },
      { word: 'dart', distance: 1 },
      { word: 'date', distance: 1 },
    ]);
    expect(index().corrections('kubernets')).toEqual([{ word: 'kubernetes', distance: 1 }]);
    expect(index().corrections('dat', 1)).toEqual([{ word: 'data', distance: 1 }]);
  });

  it('offers none for a word the documents hold, or one too short to have a typo', () => {
    expect(index().corrections('data')).toEqual([]);
    expect(index().corrections('da')).toEqual([]);
    expect(index().corrections('zzzz')).toEqual([]);
  });

  it('reaches words two letters longer or shorter for a long word', () => {
    expect(index().corrections('databasexx')).toEqual([{ word: 'database', distance: 2 }]);
    expect(index().corrections('kuberne')).toEqual([]);
    expect(index().corrections('kubernet')).toEqual([{ word: 'kubernetes', distance: 2 }]);
  });
});

describe('candidates', () => {
  it('wants every term matched, and ranks by how much of each term a document holds', () => {
    const index = indexOf({ 1: 'senior kubernetes engineer', 2: 'kubernetes', 3: 'engineer', 4: 'kubernetes engineer' });
    expect(index.candidates(['kubernetes', 'engineer'], 10)).toEqual([1, 4]);
    expect(index.candidates(['kubernets'], 10)).toEqual([1, 2, 4]);
    expect(index.candidates(['kubernetes'], 2)).toEqual([1, 2]);
    // The same query twice: the counting space is clean after each.
    expect(index.candidates(['kubernetes', 'engineer'], 10)).toEqual([1, 4]);
  });

  it('takes a document holding less than the share of a term’s trigrams only through a correction', () => {
    const index = indexOf({ 1: 'data', 2: 'dart' });
    expect(index.candidates(['dtaa'], 10, [[]])).toEqual([]);
    expect(index.candidates(['dtaa'], 10)).toEqual([1]);
    expect(index.candidates(['dtaa'], 10, [[{ word: 'dart', distance: 2 }]])).toEqual([2]);
  });

  it('ranks a closer correction above a further one, and exact trigrams above both', () => {
    const index = indexOf({ 1: 'analyst', 2: 'analysts', 3: 'analytics' });
    const ranked = index.candidates(
      ['analyst'],
      10,
      [
        [
          { word: 'analytics', distance: 2 },
          { word: 'analysts', distance: 1 },
        ],
      ],
      1,
    );
    expect(ranked).toEqual([1, 2, 3]);
  });
});
