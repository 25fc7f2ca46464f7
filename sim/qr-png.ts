/**
 * A QR code as a `data:image/png;base64` URL, as Okta sends it for Okta Verify enrollment. The matrix comes
 * from `qrcode`; the PNG is written here with Web APIs only (CompressionStream for the zlib stream), so the
 * same code runs in Node, in a page and in a service worker, where `qrcode`'s own PNG writers do not.
 */
import QRCode from 'qrcode';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

async function zlib(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** `scale` pixels per module, with the four-module quiet zone the standard asks for. */
export async function qrPngDataUrl(text: string, scale = 5, margin = 4): Promise<string> {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const modules = qr.modules.data;
  const side = (n + 2 * margin) * scale;
  // 8-bit grayscale rows, each after a "no filter" byte.
  const raw = new Uint8Array(side * (side + 1));
  for (let y = 0; y < side; y++) {
    const row = y * (side + 1);
    const my = Math.floor(y / scale) - margin;
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / scale) - margin;
      const dark = my >= 0 && my < n && mx >= 0 && mx < n && modules[my * n + mx];
      raw[row + 1 + x] = dark ? 0 : 255;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, side);
  view.setUint32(4, side);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, grayscale, deflate, no filter method, no interlace
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', await zlib(raw)), chunk('IEND', new Uint8Array())];
  let binary = '';
  for (const part of parts) for (const b of part) binary += String.fromCharCode(b);
  return `data:image/png;base64,${btoa(binary)}`;
}
