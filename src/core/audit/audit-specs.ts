import type { CheckSpec } from './audit-check.ts';

/** The automatic checks of QUESTION_QUALITY.md with the per-quiz thresholds the guide sets. */
export const auditSpecs = {
  evidenceExact: {
    id: 'evidence-exact',
    label: 'Evidence spans exact',
    severity: 'hard',
    threshold: { kind: 'at-least', value: 1 },
  },
  keyOutsideEvidence: {
    id: 'key-outside-evidence',
    label: 'MC key not in its evidence',
    severity: 'hard',
    threshold: { kind: 'at-most', value: 0 },
  },
  keyInPrompt: {
    id: 'key-in-prompt',
    label: 'MC key or alias in the prompt',
    severity: 'hard',
    threshold: { kind: 'at-most', value: 0 },
  },
  duplicateOptions: {
    id: 'duplicate-options',
    label: 'MC with duplicate options',
    severity: 'hard',
    threshold: { kind: 'at-most', value: 0 },
  },
  duplicatePrompts: {
    id: 'duplicate-prompts',
    label: 'Duplicate prompts',
    severity: 'hard',
    threshold: { kind: 'at-most', value: 0 },
  },
  keyLongest: {
    id: 'key-longest',
    label: 'MC key strictly longest option',
    severity: 'soft',
    threshold: { kind: 'at-most', value: 0.35 },
  },
  solverLongest: {
    id: 'solver-longest',
    label: 'Blind solver: longest option',
    severity: 'soft',
    threshold: { kind: 'near-chance', margin: 0.1 },
  },
  solverOverlap: {
    id: 'solver-overlap',
    label: 'Blind solver: most overlap with prompt',
    severity: 'soft',
    threshold: { kind: 'near-chance', margin: 0.1 },
  },
  solverOddOneOut: {
    id: 'solver-odd-one-out',
    label: 'Blind solver: odd one out (case, digits)',
    severity: 'soft',
    threshold: { kind: 'near-chance', margin: 0.1 },
  },
  solverMiddleNumber: {
    id: 'solver-middle-number',
    label: 'Blind solver: middle of the numbers',
    severity: 'soft',
    threshold: { kind: 'near-chance', margin: 0.1 },
  },
  trueShare: {
    id: 'tf-true-share',
    label: 'True/false: share true',
    severity: 'soft',
    threshold: { kind: 'between', min: 0.4, max: 0.6 },
  },
  negationGuesser: {
    id: 'negation-guesser',
    label: 'True/false: "negation means false" right',
    severity: 'soft',
    threshold: { kind: 'at-most', value: 0.6 },
  },
  falseVerbatim: {
    id: 'false-verbatim',
    label: 'False statement verbatim in article',
    severity: 'hard',
    threshold: { kind: 'at-most', value: 0 },
  },
  mcCountMet: {
    id: 'mc-count-met',
    label: 'MC count met',
    severity: 'soft',
    threshold: { kind: 'at-least', value: 1 },
  },
  tfCountMet: {
    id: 'tf-count-met',
    label: 'True/false count met',
    severity: 'soft',
    threshold: { kind: 'at-least', value: 1 },
  },
  countsExplained: {
    id: 'counts-explained',
    label: 'Counts met or shortfall explained',
    severity: 'hard',
    threshold: { kind: 'at-least', value: 1 },
  },
} as const satisfies Record<string, CheckSpec>;
