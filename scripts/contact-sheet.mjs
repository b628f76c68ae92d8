// Composes docs/screenshots/contact-sheet.png from the screenshot baselines
// (test/screenshots/baselines/): the main states of the kit, each at 1024 px in light left to
// right and at 375 px in dark right to left, with a caption strip over each pair. Run it after
// `npm run test:screenshots:update`; it reads only the baselines, so it shows what the tests hold.
//
// The images are cropped to what the story draws (plus a margin) and copied pixel for pixel with
// pngjs. The captions are drawn by the same Chromium the tests use, in the same fonts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const baselines = resolve(root, 'test/screenshots/baselines');
const output = resolve(root, 'docs/screenshots/contact-sheet.png');

/** The states shown, in reading order: baseline folder, story export, caption. */
const STATES = [
  ['bind-phone-form', 'Idle', 'BindPhoneForm: idle'],
  ['bind-phone-form', 'CodeSent', 'BindPhoneForm: code sent'],
  ['bind-phone-form', 'WrongCode', 'BindPhoneForm: wrong code'],
  ['bind-phone-form', 'Success', 'BindPhoneForm: success'],
  ['bind-phone-form', 'AlreadyBound', 'BindPhoneForm: already bound'],
  ['change-phone-form', 'NewNumber', 'ChangePhoneForm: step 1'],
  ['phone-binding', 'Bound', 'PhoneBinding: bound'],
];

/** The two looks of each state: baseline suffix and sub-caption. */
const LOOKS = [
  ['ltr-light-1024', '1024 px · light'],
  ['rtl-dark-375', '375 px · dark · RTL'],
];

/** Pairs of looks per row of the sheet. */
const PAIRS_PER_ROW = 2;
const GAP = 24;
const MARGIN = 16;
const SHEET_BACKGROUND = [226, 232, 240];

function readBaseline(folder, story, look) {
  const path = resolve(baselines, folder, `${story}-${look}.png`);
  try {
    return PNG.sync.read(readFileSync(path));
  } catch (error) {
    throw new Error(`No baseline at ${path}: run \`npm run test:screenshots:update\` first.`, {
      cause: error,
    });
  }
}

/** The box of pixels that differ from the top-left one (the story's background), with a margin. */
function contentBox(image) {
  const { width, height, data } = image;
  const background = data.subarray(0, 4);
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      if (
        data[at] !== background[0] ||
        data[at + 1] !== background[1] ||
        data[at + 2] !== background[2] ||
        data[at + 3] !== background[3]
      ) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  if (right < 0) return { x: 0, y: 0, width, height };
  const x = Math.max(0, left - MARGIN);
  const y = Math.max(0, top - MARGIN);
  return {
    x,
    y,
    width: Math.min(width, right + MARGIN + 1) - x,
    height: Math.min(height, bottom + MARGIN + 1) - y,
  };
}

function crop(image) {
  const box = contentBox(image);
  const cropped = new PNG({ width: box.width, height: box.height });
  PNG.bitblt(image, cropped, box.x, box.y, box.width, box.height, 0, 0);
  return cropped;
}

/** Each caption as a PNG, drawn by Chromium: `{ title, looks: [caption per look] }` in, images out. */
async function drawCaptions(captions) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 200 } });
    await page.setContent(
      '<body style="margin:0;font:14px/1.4 system-ui,sans-serif;color:#0f172a">' +
        '<div id="caption" style="display:inline-block;padding:6px 2px;white-space:nowrap"></div></body>',
    );
    const caption = page.locator('#caption');
    const draw = async (text, bold) => {
      await caption.evaluate(
        (element, [content, heavy]) => {
          element.textContent = content;
          element.style.fontWeight = heavy ? '600' : '400';
        },
        [text, bold],
      );
      return PNG.sync.read(await caption.screenshot({ omitBackground: true }));
    };
    const drawn = [];
    for (const { title, looks } of captions) {
      const lookImages = [];
      for (const look of looks) lookImages.push(await draw(look, false));
      drawn.push({ title: await draw(title, true), looks: lookImages });
    }
    return drawn;
  } finally {
    await browser.close();
  }
}

/** Copies `source` onto `target` at (x, y), blending by the source's alpha. */
function paste(source, target, x, y) {
  for (let row = 0; row < source.height; row += 1) {
    for (let column = 0; column < source.width; column += 1) {
      const from = (row * source.width + column) * 4;
      const to = ((y + row) * target.width + x + column) * 4;
      const alpha = source.data[from + 3] / 255;
      for (let channel = 0; channel < 3; channel += 1) {
        target.data[to + channel] = Math.round(
          source.data[from + channel] * alpha + target.data[to + channel] * (1 - alpha),
        );
      }
      target.data[to + 3] = 255;
    }
  }
}

const cells = STATES.map(([folder, story, title]) => ({
  title,
  images: LOOKS.map(([look]) => crop(readBaseline(folder, story, look))),
}));
const captions = await drawCaptions(STATES.map(([, , title]) => ({ title, looks: LOOKS.map(([, c]) => c) })));

// Each pair: the title over both looks, each look's caption over its image.
const pairs = cells.map((cell, index) => {
  const { title, looks } = captions[index];
  const imagesWidth =
    cell.images.reduce((sum, image) => sum + image.width, 0) + GAP * (cell.images.length - 1);
  const lookCaptionHeight = Math.max(...looks.map((image) => image.height));
  return {
    ...cell,
    title,
    looks,
    width: Math.max(imagesWidth, title.width),
    height: title.height + lookCaptionHeight + Math.max(...cell.images.map((image) => image.height)),
    lookCaptionHeight,
  };
});

const rows = [];
for (let index = 0; index < pairs.length; index += PAIRS_PER_ROW)
  rows.push(pairs.slice(index, index + PAIRS_PER_ROW));
const sheetWidth = GAP + Math.max(...rows.map((row) => row.reduce((sum, pair) => sum + pair.width + GAP, 0)));
const sheetHeight =
  GAP + rows.reduce((sum, row) => sum + Math.max(...row.map((pair) => pair.height)) + GAP, 0);

const sheet = new PNG({ width: sheetWidth, height: sheetHeight });
for (let at = 0; at < sheet.data.length; at += 4) {
  sheet.data.set([...SHEET_BACKGROUND, 255], at);
}

let top = GAP;
for (const row of rows) {
  let left = GAP;
  for (const pair of row) {
    paste(pair.title, sheet, left, top);
    let x = left;
    pair.images.forEach((image, index) => {
      paste(pair.looks[index], sheet, x, top + pair.title.height);
      PNG.bitblt(
        image,
        sheet,
        0,
        0,
        image.width,
        image.height,
        x,
        top + pair.title.height + pair.lookCaptionHeight,
      );
      x += image.width + GAP;
    });
    left += pair.width + GAP;
  }
  top += Math.max(...row.map((pair) => pair.height)) + GAP;
}

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, PNG.sync.write(sheet, { colorType: 2 }));
console.log(`Wrote ${output} (${sheetWidth}×${sheetHeight}) from ${STATES.length * LOOKS.length} baselines.`);
