import { ServerFeature } from '../context';
import { codeLensFeature } from './code-lens';
import { commandsFeature } from './commands';
import { diagnosticsFeature } from './diagnostics';
import { hoverFeature } from './hover';
import { quickFixFeature } from './quick-fixes';
import { summaryFeature } from './summary';
import { symbolsFeature } from './symbols';
import { workspaceReportsFeature } from './workspace-reports';

/** Every feature of the language server; a new feature adds its file and one entry here. */
export const FEATURES: readonly ServerFeature[] = [diagnosticsFeature, quickFixFeature, symbolsFeature, codeLensFeature, summaryFeature, commandsFeature, hoverFeature, workspaceReportsFeature];
