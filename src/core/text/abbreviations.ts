/**
 * Abbreviations the sentence splitter knows, lower-cased, without their final period.
 * Kept as data so that the lists can be tuned without touching the splitter.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Abbreviations that never end a sentence: titles before a name ("Dr. Smith") and inline Latin
 * ("e.g. the …"). A period after one of these is never a sentence boundary.
 */
export const NEVER_FINAL = words(`
  mr mrs ms messrs dr prof gen lt col maj capt cmdr adm sgt cpl pvt sen rep gov pres supt rev hon
  fr sra mme mlle mt ft e.g i.e cf vs viz approx ca al lit
`);

/**
 * Abbreviations that may end a sentence ("… in the U.S. The next day …"). A period after one of
 * these is a boundary only when a common sentence starter follows.
 */
export const MAY_BE_FINAL = words(`
  u.s u.k u.n e.u u.s.a u.s.s.r d.c st ave rd blvd inc co corp ltd llc bros plc jr sr esq etc
  dept univ est jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri
  sat sun km mi lb lbs oz gal yd min hr hrs
`);

/**
 * Abbreviations that stand before a number ("No. 5", "pp. 10-12", "c. 1494", "b. 1920", "r.
 * 1424"). Without a number after them they are ordinary words ("… yes or no. Notable …"), so the
 * period ends the sentence.
 */
export const BEFORE_NUMBER = words(`no nos vol vols fig figs p pp ch art sec op c fl b d r`);

/** Times of day ("9 a.m."): the period ends the sentence unless a day or time zone follows. */
export const TIME_OF_DAY = words(`a.m p.m`);

/** Capitalised words that continue a sentence after a time of day ("at 9 a.m. Monday"). */
export const AFTER_TIME_OF_DAY = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december utc gmt bst cet cest est edt cst cdt pst pdt
`);
