/**
 * Very common English function words that are rare as words of French, German, Spanish and other
 * Latin-script languages ("in", "a", "was", "also", "die" are left out for that reason).
 * Kept as data so that the language check can be tuned without touching its logic.
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `
  the of and to is for that with as by at from it he she they his her their its are were be been
  has have had this which who or not but said would can could after about into than more we you
  our there when what one all other some two first over up out if do did because says these those
  them him any may such only how where while during between under against new its been being should
  `
    .trim()
    .split(/\s+/),
);
