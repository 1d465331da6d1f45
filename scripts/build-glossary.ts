/**
 * `npm run glossary:build`: regenerates utils/glossary/data/glossary-data.json from the source tables
 * in utils/glossary/sources/ and prints the size of the data chunk (raw and gzip).
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compileGlossary, serializeGlossary } from './glossary/compile-glossary.ts';
import { GLOSSARY_DATA_FILE, readGlossarySources } from './glossary/read-glossary-sources.ts';

const data = compileGlossary(readGlossarySources());
const json = serializeGlossary(data);
writeFileSync(GLOSSARY_DATA_FILE, json);

const raw = Buffer.byteLength(json);
const gzip = gzipSync(json, { level: 9 }).byteLength;
const count = (record: object) => Object.keys(record).length;
console.log(`wrote ${GLOSSARY_DATA_FILE}`);
console.log(
  `entries: ${count(data.tags)} subject/program/organization TAGS, ${count(data.geographic1974)} geographic (1974), ` +
    `${count(data.geographicCablegate)} geographic (Cablegate era), ${count(data.routingIndicators)} routing indicators, ` +
    `${count(data.captions) + count(data.precedences) + count(data.classifications) + count(data.executiveOrders) + count(data.formats)} markings, ` +
    `${data.sources.length} sources`,
);
console.log(`size: ${(raw / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip`);
