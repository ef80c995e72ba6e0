/**
 * Whether two passages' numbers agree: number agreement is strong evidence two sentences state
 * one fact, and disagreement ("95% → 50%" against "95% → 0") must veto a `same`.
 */
import type { NumberKey } from './numbers';

const FRACTION_KEY = /^(\d+)\/(\d+)$/;
// Dates and times start with a letter and fail this: they never conflict, since outlets date the
// same claim differently (the day of the event, of the report, of the repost).
const MEASURE_KEY = /^(\d+(?:\.\d+)?(?:e\d+)?)(\D*)$/;
// A year is part of the claim ("exports doubled in 2023" is not "… in 2024"), and is exact.
const YEAR_KEY = /^y(\d{4})$/;
const YEAR = 'year';

/** A passage's numbers are compared with many candidates': grouped once per key list. */
const kindsOf = new WeakMap<readonly NumberKey[], Map<string, number[]>>();

/** Values by kind (`''` bare count, `%`, `usd`, `min`, `frac`, …), without what cannot conflict. */
function byKind(keys: readonly NumberKey[]): Map<string, number[]> {
  let kinds = kindsOf.get(keys);
  if (!kinds) kindsOf.set(keys, (kinds = groupByKind(keys)));
  return kinds;
}

function groupByKind(keys: readonly NumberKey[]): Map<string, number[]> {
  const kinds = new Map<string, number[]>();
  for (const key of new Set(keys)) {
    const fraction = FRACTION_KEY.exec(key);
    const year = YEAR_KEY.exec(key);
    const measure = MEASURE_KEY.exec(key);
    const [kind, value] = fraction ? ['frac', Number(fraction[1]) / Number(fraction[2])] : year ? [YEAR, Number(year[1])] : [measure?.[2], Number(measure?.[1])];
    // One and two are as often grammar as counts ("the two countries", 两国, 一家).
    if (kind !== undefined && !(kind === '' && value <= 2)) kinds.set(kind, [...(kinds.get(kind) ?? []), value]);
  }
  return kinds;
}

/** Values within 5% are one number rounded two ways (六成多 against 62%, 约4000亿 against $396bn). */
const isClose = (x: number, y: number): boolean => Math.abs(x - y) <= 0.05 * Math.max(Math.abs(x), Math.abs(y));

/**
 * How values of one kind pair up: `conflicting` when values are left on both sides after pairing
 * each with an equal, else a close, value; `approximate` when some pair is only close.
 */
function pairValues(a: readonly number[], b: readonly number[], exact: boolean): { conflicting: boolean; approximate: boolean } {
  const rest = [...b];
  const pair = (x: number, same: (x: number, y: number) => boolean): boolean => {
    const i = rest.findIndex((y) => same(x, y));
    return i >= 0 && rest.splice(i, 1).length > 0;
  };
  const inexact = a.filter((x) => !pair(x, (p, q) => p === q));
  const unpaired = inexact.filter((x) => exact || !pair(x, isClose));
  return { conflicting: unpaired.length > 0 && rest.length > 0, approximate: unpaired.length < inexact.length };
}

/**
 * Compares the number keys of two passages. `shared`: keys on both sides (for the reasons shown
 * to the reader). `conflicting`: some kind of number (a unit, percentages, a currency, fractions,
 * counts above two) is on both sides and values of it stay unpaired on both sides once equal and
 * near-equal (within 5%) values are paired — "95% → 50%" against "95% → 0". One side saying more
 * (62% against 62% and 50%) is no conflict; years conflict only when unequal, dates and times
 * never conflict, nor do numbers of different kinds (95min against 95%). `approximate`: some
 * value is matched only by a near-equal one (88% against 89%), which makes two sentences the
 * same story told with a rounded or a distorted figure, not one claim stated twice.
 */
export function compareNumbers(a: readonly NumberKey[], b: readonly NumberKey[]): { shared: NumberKey[]; conflicting: boolean; approximate: boolean } {
  const other = new Set(b);
  const shared = [...new Set(a)].filter((key) => other.has(key));
  const kindsOfB = byKind(b);
  let conflicting = false;
  let approximate = false;
  for (const [kind, values] of byKind(a)) {
    const paired = pairValues(values, kindsOfB.get(kind) ?? [], kind === YEAR);
    conflicting ||= paired.conflicting;
    approximate ||= paired.approximate;
  }
  return { shared, conflicting, approximate };
}
