/** Verbs that attribute words to a speaker ("said", "told", "wrote", …), in the forms news uses. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'added', 'adds', 'explained', 'explains',
  'wrote', 'writes', 'tweeted', 'tweets', 'noted', 'notes', 'remarked', 'remarks', 'asked', 'asks',
  'replied', 'replies', 'commented', 'comments', 'declared', 'declares', 'warned', 'warns', 'argued',
  'argues', 'insisted', 'insists', 'continued', 'continues', 'concluded', 'concludes', 'admitted',
  'admits', 'announced', 'announces', 'claimed', 'claims', 'emphasised', 'emphasized', 'stressed',
  'stresses', 'recalled', 'recalls', 'acknowledged', 'acknowledges', 'observed', 'observes', 'posted',
  'posts', 'pledged', 'pledges', 'promised', 'promises', 'described', 'describes', 'called', 'calls',
  'maintained', 'maintains', 'responded', 'responds', 'suggested', 'suggests', 'predicted', 'predicts',
  'confirmed', 'confirms', 'revealed', 'reveals', 'characterised', 'characterized', 'answered',
  'answers', 'affirmed', 'affirms', 'joked', 'jokes', 'added', 'urged', 'urges', 'vowed', 'vows',
  'telling', 'saying', 'stating', 'adding', 'writing', 'noting', 'explaining', 'warning', 'arguing',
]);

/** Pronouns that may stand for a person speaker. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
