import { REVEAL_COMMAND, SUMMARY_COMMAND } from '../../../server/src/lsp/protocol';

// Ids shared by the extension code and package.json (test/unit/editor/manifest.test.ts compares them).

export const LANGUAGE_ID = 'gov-report';

/** Every command this part of the extension contributes. */
export const COMMANDS = {
  newReport2021: 'govReport.newReport2021',
  newReport2019: 'govReport.newReport2019',
  treatAsReport: 'govReport.treatAsReport',
  convertToMarkdown: 'govReport.convertTablesToMarkdown',
  convertToWord: 'govReport.convertTablesToWord',
  showSummary: SUMMARY_COMMAND,
  revealRange: REVEAL_COMMAND,
  openSample: 'govReport.openSample',
  enableFixAllOnSave: 'govReport.enableFixAllOnSave',
} as const;

/** The context key menus use: the active editor holds a document the server checks as a report. */
export const IS_REPORT_CONTEXT = 'govReport.activeIsReport';
