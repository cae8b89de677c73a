import { ServerFeature } from '../context';
import { diagnosticsFeature } from './diagnostics';
import { quickFixFeature } from './quick-fixes';
import { symbolsFeature } from './symbols';

/** Every feature of the language server; a new feature adds its file and one entry here. */
export const FEATURES: readonly ServerFeature[] = [diagnosticsFeature, quickFixFeature, symbolsFeature];
