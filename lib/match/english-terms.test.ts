import { describe, expect, it } from 'vitest';
import { englishTerms } from './english-terms';
import { stemWord } from './stem';

const stems = (...words: string[]) => words.map(stemWord);

describe('englishTerms', () => {
  it('keeps content words, stemmed, in order, and drops stopwords', () => {
    expect(englishTerms('The Chinese models have already surpassed their counterparts.')).toEqual(
      stems('chinese', 'models', 'surpassed', 'counterparts'),
    );
  });

  it('splits hyphenated words and drops possessives and other clitics', () => {
    expect(englishTerms("China's open-source models")).toEqual(stems('china', 'open', 'source', 'models'));
    expect(englishTerms('China’s high-computing-power models')).toEqual(stems('china', 'high', 'computing', 'power', 'models'));
    expect(englishTerms("they're sure it'll work")).toEqual(stems('sure', 'work'));
  });

  it('keeps the negation of a contraction, which flips a claim', () => {
    expect(englishTerms("The gap isn't large")).toEqual(stems('gap', 'not', 'large'));
    expect(englishTerms("Chips can't compete")).toEqual(stems('chips', 'not', 'compete'));
    expect(englishTerms("It won't last")).toEqual(stems('not', 'last'));
  });

  it('drops numerals, which numbers.ts keys, and single letters, but keeps codes', () => {
    expect(englishTerms('In 2005 it was 6 per cent, $400bn, the 10th, the 1990s, 3.5')).toEqual(stems('cent'));
    expect(englishTerms('the U.S. sells H20 chips over 5G')).toEqual(stems('sells', 'h20', 'chips', 'over', '5g'));
  });

  it('gives the words of an entity name their stems too', () => {
    expect(englishTerms('The Financial Times reported')).toEqual(stems('financial', 'times', 'reported'));
  });

  it('folds British spelling to American and keeps repeats', () => {
    expect(englishTerms('favouring the programme; favoring the program')).toEqual(stems('favor', 'program', 'favor', 'program'));
  });

  it('returns [] for text without Latin words', () => {
    expect(englishTerms('')).toEqual([]);
    expect(englishTerms('中国的芯片 — 2025')).toEqual([]);
  });
});
