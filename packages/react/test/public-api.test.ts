/**
 * The public API is a decision (issue 14): this list pins every value `@kring/react` exports.
 * Adding or removing one changes this test and CHANGELOG.md together.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../src';

const VALUES = [
  // views
  'Ecogram', 'Lifeline', 'NetworkList', 'NetworkSummary', 'NetworkInterview', 'Legend', 'TimeSlider',
  'filterNetwork', 'describeNetworkChanges', 'defaultInterviewPrompts',
  // meetings
  'MeetingPlanner',
  // the network plan
  'NetworkPlan', 'ActionForm',
  // linked views
  'KringLinkProvider', 'useKringLink',
  // editors
  'PersonEditor', 'TieEditor', 'AddPersonForm', 'AddTieForm',
  // symbols
  'NodeShape', 'TieLine', 'KindIcon', 'BadgeIcon', 'CategoryIcon',
  // texts and languages
  'LOCALES', 'isLocale', 'getMessages', 'formatMessage', 'valueLabel', 'issueText', 'MessagesProvider', 'useMessages', 'useLocale', 'loadLocale',
  // files and text
  'exportSVG', 'exportPNG', 'svgStringToPNG', 'isolateText',
];

describe('@kring/react public API', () => {
  it('exports exactly the curated values (at most 40)', () => {
    expect(Object.keys(api).sort()).toEqual([...VALUES].sort());
    expect(VALUES.length).toBeLessThanOrEqual(40);
  });
});
