/** Reads the glossary source tables from disk (Node only; the compiler itself stays pure). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GLOSSARY_SOURCE_FILES, type GlossarySources } from './compile-glossary.ts';

export const GLOSSARY_SOURCES_DIR = fileURLToPath(new URL('../../utils/glossary/sources/', import.meta.url));
export const GLOSSARY_DATA_FILE = fileURLToPath(new URL('../../utils/glossary/data/glossary-data.json', import.meta.url));

export function readGlossarySources(dir: string = GLOSSARY_SOURCES_DIR): GlossarySources {
  const files = {} as GlossarySources;
  for (const name of GLOSSARY_SOURCE_FILES) files[name] = readFileSync(`${dir}/${name}`, 'utf8');
  return files;
}
