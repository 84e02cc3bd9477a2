export { readDocx } from './reader.js';
export { CELL_SEPARATOR } from './normalize.js';
export { listZipEntries, MAX_ENTRIES, MAX_PART_BYTES } from './zip.js';
