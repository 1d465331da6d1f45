/**
 * The glossary for Node tools (the `cable` CLI, coverage): built synchronously from the committed
 * JSON, without the extension's lazy dynamic import.
 */
import { readFileSync } from 'node:fs';
import { createGlossary } from '../../utils/glossary/create-glossary.ts';
import type { Glossary, GlossaryData } from '../../utils/glossary/types.ts';
import { GLOSSARY_DATA_FILE } from './read-glossary-sources.ts';

export function readGlossarySync(dataFile: string = GLOSSARY_DATA_FILE): Glossary {
  return createGlossary(JSON.parse(readFileSync(dataFile, 'utf8')) as GlossaryData);
}
