import { BadUserInputError } from '../errors';

/** The years a measurement or a review may name. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** True for a whole year between FIRST_YEAR and LAST_YEAR. */
export function isReviewYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** BAD_USER_INPUT unless `year` is a review year; `argument` names it in the message. */
export function checkYear(year: number, argument: string): void {
  if (!isReviewYear(year)) throw new BadUserInputError(`${argument} must be a year between ${FIRST_YEAR} and ${LAST_YEAR}`, { argument });
}
