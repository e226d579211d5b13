import { escapeXmlAttribute } from './escape-xml.ts';
import { QTI_NAMESPACE } from './to-qti-item.ts';

/** What the assessmentTest needs to know: its identifier, title and the items in quiz order. */
export interface QtiTestModel {
  identifier: string;
  title: string;
  items: readonly { identifier: string; href: string }[];
}

/**
 * A QTI 2.1 `assessmentTest` that delivers the items in one section, lets students move freely and
 * submit together, and sums the items' `SCORE` into the test's `SCORE`.
 *
 * @example
 * toQtiTest({ identifier: 'quiz-1', title: 'Quiz', items: [{ identifier: 'q1', href: 'items/q1.xml' }] });
 */
export function toQtiTest(model: QtiTestModel): string {
  const refs = model.items.map(
    (item) => `      <assessmentItemRef identifier="${item.identifier}" href="${item.href}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentTest ${QTI_NAMESPACE} identifier="${model.identifier}" title="${escapeXmlAttribute(model.title)}">`,
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">',
    '    <defaultValue><value>0</value></defaultValue>',
    '  </outcomeDeclaration>',
    '  <testPart identifier="part-1" navigationMode="nonlinear" submissionMode="simultaneous">',
    `    <assessmentSection identifier="section-1" title="${escapeXmlAttribute(model.title)}" visible="true">`,
    ...refs,
    '    </assessmentSection>',
    '  </testPart>',
    '  <outcomeProcessing>',
    '    <setOutcomeValue identifier="SCORE">',
    '      <sum><testVariables variableIdentifier="SCORE"/></sum>',
    '    </setOutcomeValue>',
    '  </outcomeProcessing>',
    '</assessmentTest>',
    '',
  ].join('\n');
}
