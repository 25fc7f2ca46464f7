/** Reads a QR code the way a phone's camera would: from the pixels of an image. */
import jsQR from 'jsqr';

export async function readQr(source: HTMLImageElement | string): Promise<string> {
  const img = typeof source === 'string' ? Object.assign(new Image(), { src: source }) : source;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const code = jsQR(data, width, height);
  if (!code) throw new Error('no QR code in the image');
  return code.data;
}
