// Its own module: the popup's early read names today's day without the calendar's imports.
/** A local calendar day as `YYYY-MM-DD`: weeks are counted in days, never in milliseconds. */
export type IsoDay = string;

/** Written by hand: date-fns's lightFormat took most of a two-year streak's time. */
export function toIsoDay(date: Date): IsoDay {
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
