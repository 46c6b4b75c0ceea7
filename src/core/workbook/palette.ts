import { workbookText } from './workbook-text';

/**
 * One palette for every tab, with the legend that explains it. Conditional-format rules the
 * add-on owns are recognised by these exact colours, so a user's own rules are never touched.
 */
export const PALETTE = {
  missing: '#f4c7c3', // something required is empty
  belowTarget: '#fce8b2', // a level or score under the target
  revision: '#f9cb9c', // sent back: perlu revisi
  disagreement: '#d9d2e9', // OPDs disagree, or a claim above the verified level
  accepted: '#b7e1cd', // verified and accepted
  reached: '#d9ead3', // a score at or above the target
  archivedText: '#9aa0a6',
  itemText: '#5f6368', // an evidence item's row, under its indicator
  header: '#e8f0fe',
  title: '#1a73e8',
} as const;

export const OWNED_RULE_COLOURS: readonly string[] = [
  PALETTE.missing,
  PALETTE.belowTarget,
  PALETTE.revision,
  PALETTE.disagreement,
  PALETTE.accepted,
  PALETTE.reached,
];

export const LEGEND: readonly { colour: string; meaning: string }[] = [
  { colour: PALETTE.missing, meaning: workbookText.legend.missing },
  { colour: PALETTE.belowTarget, meaning: workbookText.legend.belowTarget },
  { colour: PALETTE.revision, meaning: workbookText.legend.revision },
  { colour: PALETTE.disagreement, meaning: workbookText.legend.disagreement },
  { colour: PALETTE.accepted, meaning: workbookText.legend.accepted },
  { colour: PALETTE.reached, meaning: workbookText.legend.reached },
];
