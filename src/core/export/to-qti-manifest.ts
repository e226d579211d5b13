import { escapeXmlAttribute } from './escape-xml.ts';

/** One file of the package and how the manifest lists it. */
export interface QtiResource {
  identifier: string;
  type: 'imsqti_item_xmlv2p1' | 'imsqti_test_xmlv2p1';
  href: string;
  /** Identifiers of the resources this one needs (a test needs its items). */
  dependencies: readonly string[];
}

function resource(res: QtiResource): string[] {
  const deps = res.dependencies.map((id) => `      <dependency identifierref="${id}"/>`);
  return [
    `    <resource identifier="${res.identifier}" type="${res.type}" href="${escapeXmlAttribute(res.href)}">`,
    `      <file href="${escapeXmlAttribute(res.href)}"/>`,
    ...deps,
    '    </resource>',
  ];
}

/**
 * The `imsmanifest.xml` of an IMS content package (CP 1.1 namespace, as QTI 2.1 packages use) that
 * lists every item and test as a resource of its QTI type.
 *
 * @example
 * toQtiManifest('MANIFEST-quiz-1', [{ identifier: 'RES-q1', type: 'imsqti_item_xmlv2p1', href: 'items/q1.xml', dependencies: [] }]);
 */
export function toQtiManifest(identifier: string, resources: readonly QtiResource[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd"',
    `    identifier="${identifier}">`,
    '  <metadata>',
    '    <schema>QTIv2.1 Package</schema>',
    '    <schemaversion>1.0.0</schemaversion>',
    '  </metadata>',
    '  <organizations/>',
    '  <resources>',
    ...resources.flatMap(resource),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
