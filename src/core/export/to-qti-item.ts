import type { Question } from '../types.ts';
import { escapeXml, escapeXmlAttribute } from './escape-xml.ts';
import { qtiIdentifiers } from './qti-identifiers.ts';

/** The QTI 2.1 namespace and schema location every item and test of the package declares. */
export const QTI_NAMESPACE = [
  'xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  'xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"',
].join(' ');

const MATCH_CORRECT = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct';
const MAX_TITLE = 80;

interface ItemChoice {
  identifier: string;
  text: string;
}

interface ItemModel {
  choices: ItemChoice[];
  correct: string;
  shuffle: boolean;
}

function itemModel(question: Question): ItemModel {
  switch (question.type) {
    case 'multiple-choice': {
      const ids = qtiIdentifiers(
        question.choices.map((c) => c.id),
        'choice-',
      );
      const choices = question.choices.map((c, i) => ({
        identifier: ids[i] ?? `choice-${i}`,
        text: c.text,
      }));
      const index = question.choices.findIndex((c) => c.id === question.answer);
      return { choices, correct: choices[index]?.identifier ?? '', shuffle: true };
    }
    case 'true-false': {
      const choices = [
        { identifier: 'true', text: 'True' },
        { identifier: 'false', text: 'False' },
      ];
      return { choices, correct: question.answer ? 'true' : 'false', shuffle: false };
    }
  }
}

/** A title attribute: the prompt on one line, cut at a whole character. */
function itemTitle(prompt: string): string {
  const line = prompt.replace(/\s+/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length <= MAX_TITLE ? line : `${chars.slice(0, MAX_TITLE - 1).join('')}…`;
}

/**
 * One QTI 2.1 `assessmentItem` for a question: a single-cardinality identifier response with the key
 * as `correctResponse`, a `SCORE` outcome, a `choiceInteraction` with `maxChoices="1"` (true/false is
 * the same interaction with the choices True and False), scored by the `match_correct` template.
 *
 * @example
 * toQtiItem(question, 'q1'); // '<?xml version="1.0" encoding="UTF-8"?>\n<assessmentItem …'
 */
export function toQtiItem(question: Question, identifier: string): string {
  const model = itemModel(question);
  const choices = model.choices.map(
    (c) => `      <simpleChoice identifier="${c.identifier}">${escapeXml(c.text)}</simpleChoice>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem ${QTI_NAMESPACE} identifier="${identifier}" title="${escapeXmlAttribute(itemTitle(question.prompt))}" adaptive="false" timeDependent="false">`,
    '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">',
    `    <correctResponse><value>${model.correct}</value></correctResponse>`,
    '  </responseDeclaration>',
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">',
    '    <defaultValue><value>0</value></defaultValue>',
    '  </outcomeDeclaration>',
    '  <itemBody>',
    `    <choiceInteraction responseIdentifier="RESPONSE" shuffle="${model.shuffle}" maxChoices="1">`,
    `      <prompt>${escapeXml(question.prompt)}</prompt>`,
    ...choices,
    '    </choiceInteraction>',
    '  </itemBody>',
    `  <responseProcessing template="${MATCH_CORRECT}"/>`,
    '</assessmentItem>',
    '',
  ].join('\n');
}
