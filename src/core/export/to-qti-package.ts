import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Quiz } from '../types.ts';
import { qtiIdentifiers } from './qti-identifiers.ts';
import { toQtiItem } from './to-qti-item.ts';
import { toQtiManifest, type QtiResource } from './to-qti-manifest.ts';
import { toQtiTest } from './to-qti-test.ts';

/** The file name of the assessmentTest inside the package. */
export const QTI_TEST_FILE = 'assessment-test.xml';

// A fixed time stamp (local fields, as zip stores them) so the same quiz gives the same bytes.
const ZIP_TIME = new Date(2020, 0, 1, 0, 0, 0);

/** Every file of the package by path, as text, in the order they are zipped. */
export function qtiPackageFiles(quiz: Quiz): Map<string, string> {
  const ids = qtiIdentifiers(
    quiz.questions.map((q) => q.id),
    'item-',
  );
  const items = quiz.questions.map((question, i) => {
    const identifier = ids[i] ?? `item-${i + 1}`;
    return { identifier, href: `items/${identifier}.xml`, xml: toQtiItem(question, identifier) };
  });
  const [testId = 'quiz'] = qtiIdentifiers([quiz.id], 'quiz-');
  const resources: QtiResource[] = [
    ...items.map((item): QtiResource => ({
      identifier: `RES-${item.identifier}`,
      type: 'imsqti_item_xmlv2p1',
      href: item.href,
      dependencies: [],
    })),
    {
      identifier: `TEST-${testId}`,
      type: 'imsqti_test_xmlv2p1',
      href: QTI_TEST_FILE,
      dependencies: items.map((item) => `RES-${item.identifier}`),
    },
  ];
  const files = new Map<string, string>([
    ['imsmanifest.xml', toQtiManifest(`MANIFEST-${testId}`, resources)],
  ]);
  files.set(QTI_TEST_FILE, toQtiTest({ identifier: testId, title: quiz.title || 'Quiz', items }));
  for (const item of items) files.set(item.href, item.xml);
  return files;
}

/**
 * A QTI 2.1 content package (zip) of a quiz: `imsmanifest.xml`, one `items/<id>.xml` assessmentItem
 * per question, and `assessment-test.xml` that delivers them in quiz order.
 *
 * @example
 * const zip = toQtiPackage(quiz); // Uint8Array, starts with the bytes "PK"
 */
export function toQtiPackage(quiz: Quiz): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, xml] of qtiPackageFiles(quiz))
    zippable[path] = [strToU8(xml), { mtime: ZIP_TIME }];
  return zipSync(zippable, { level: 6 });
}
