// The size figures the scripts print: gzip -9 and brotli (quality 11) of some code, in bytes, and KiB.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
export const brotliSize = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
/** `12.3 KiB` */
export const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
