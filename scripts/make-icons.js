#!/usr/bin/env node
/**
 * Draws the add-in's icons into assets/*.png: a bar chart with a check mark, in Office (Excel) green.
 *
 * No image library: shapes are described in a 0..1 square, each pixel is supersampled (4×4) for
 * anti-aliasing, and the RGBA pixels are written by a tiny PNG encoder (zlib from Node's standard
 * library). The PNGs are committed; run `node scripts/make-icons.js` again only when the design changes.
 *
 * Three designs: "score" (bars + check mark, the 评分本表 button and the add-in icon), "all" (two
 * stacked sheets of bars + the same check mark, the 评分全部工作表 button) and "pane" (bars in a side
 * panel, the 绩效评分 button that opens the task pane).
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const EXCEL_GREEN = [0x21, 0x73, 0x46];
const LIGHT_GREEN = [0x33, 0xc4, 0x81];
const WHITE = [0xff, 0xff, 0xff];
/** A shape painted in this colour erases what is below it. */
const TRANSPARENT = null;
const SUPERSAMPLE = 4;

// ---------------------------------------------------------------------------------------------
// PNG encoder (RGBA, 8 bits per channel, no interlace)

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** rgba: Uint8Array of size*size*4. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // compression, filter and interlace methods stay 0
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Shapes in the unit square: each is { color, contains(x, y) }; later shapes paint over earlier.

function roundedRect(x0, y0, x1, y1, radius, color) {
  return {
    color,
    contains(x, y) {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
      const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
      return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
    },
  };
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A polyline stroked with round joins and caps. */
function stroke(points, width, color) {
  return {
    color,
    contains(x, y) {
      for (let i = 1; i < points.length; i++) {
        if (distanceToSegment(x, y, points[i - 1], points[i]) <= width / 2) return true;
      }
      return false;
    },
  };
}

function circle(cx, cy, r, color) {
  return { color, contains: (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r };
}

// ---------------------------------------------------------------------------------------------
// Designs. Small sizes get thicker strokes relative to the square so lines stay visible at 16 px.

function barChart(sizePx) {
  const gap = sizePx <= 16 ? 0.06 : 0.05;
  const barWidth = (0.62 - 2 * gap) / 3;
  const base = 0.9;
  const heights = [0.38, 0.58, 0.78];
  const round = sizePx <= 16 ? 0.02 : 0.03;
  return heights.map((height, i) => {
    const x0 = 0.08 + i * (barWidth + gap);
    return roundedRect(x0, base - height, x0 + barWidth, base, round, EXCEL_GREEN);
  });
}

function scoreDesign(sizePx) {
  const badge = sizePx <= 16 ? 0.27 : 0.25;
  const cx = 0.72;
  const cy = 0.3;
  const lineWidth = sizePx <= 16 ? 0.1 : 0.07;
  return [
    ...barChart(sizePx),
    // A transparent ring cut into the bars keeps the badge readable on light and dark ribbons.
    circle(cx, cy, badge + (sizePx <= 16 ? 0.03 : 0.04), TRANSPARENT),
    circle(cx, cy, badge, LIGHT_GREEN),
    stroke(
      [
        [cx - badge * 0.5, cy + badge * 0.02],
        [cx - badge * 0.12, cy + badge * 0.4],
        [cx + badge * 0.52, cy - badge * 0.36],
      ],
      lineWidth,
      WHITE,
    ),
  ];
}

/** A sheet: a green frame around white, three light bars on it. */
function sheetCard(x0, y0, x1, y1, sizePx) {
  const frame = sizePx <= 16 ? 0.08 : 0.06;
  const shapes = [
    roundedRect(x0, y0, x1, y1, 0.06, EXCEL_GREEN),
    roundedRect(x0 + frame, y0 + frame, x1 - frame, y1 - frame, 0.03, WHITE),
  ];
  const inner = x1 - x0 - 2 * frame;
  const gap = inner * 0.12;
  const barWidth = (inner - 4 * gap) / 3;
  const base = y1 - frame - gap;
  const room = base - (y0 + frame + gap);
  [0.45, 0.7, 0.95].forEach((share, i) => {
    const left = x0 + frame + gap + i * (barWidth + gap);
    shapes.push(roundedRect(left, base - room * share, left + barWidth, base, 0.01, LIGHT_GREEN));
  });
  return shapes;
}

function allDesign(sizePx) {
  const badge = sizePx <= 16 ? 0.24 : 0.22;
  const cx = 0.74;
  const cy = 0.74;
  const lineWidth = sizePx <= 16 ? 0.09 : 0.065;
  return [
    // The sheet behind, up and to the right, then the one in front: "every sheet".
    ...sheetCard(0.3, 0.04, 0.96, 0.62, sizePx),
    ...sheetCard(0.04, 0.24, 0.7, 0.92, sizePx),
    circle(cx, cy, badge + (sizePx <= 16 ? 0.03 : 0.04), TRANSPARENT),
    circle(cx, cy, badge, LIGHT_GREEN),
    stroke(
      [
        [cx - badge * 0.5, cy + badge * 0.02],
        [cx - badge * 0.12, cy + badge * 0.4],
        [cx + badge * 0.52, cy - badge * 0.36],
      ],
      lineWidth,
      WHITE,
    ),
  ];
}

function paneDesign(sizePx) {
  const frame = sizePx <= 16 ? 0.08 : 0.06;
  const shapes = [
    roundedRect(0.04, 0.08, 0.96, 0.92, 0.08, EXCEL_GREEN),
    roundedRect(0.04 + frame, 0.08 + frame, 0.96 - frame, 0.92 - frame, 0.04, WHITE),
    roundedRect(0.58, 0.08, 0.96, 0.92, 0.08, EXCEL_GREEN), // the side panel
  ];
  // Three rows of "results" in the panel, and bars in the sheet area.
  const rowHeight = sizePx <= 16 ? 0.09 : 0.06;
  for (const y of [0.24, 0.42, 0.6]) shapes.push(roundedRect(0.65, y, 0.89, y + rowHeight, 0.02, WHITE));
  const barWidth = sizePx <= 16 ? 0.1 : 0.08;
  [0.2, 0.32, 0.44].forEach((height, i) => {
    const x0 = 0.16 + i * (barWidth + 0.04);
    shapes.push(roundedRect(x0, 0.8 - height, x0 + barWidth, 0.8, 0.01, LIGHT_GREEN));
  });
  return shapes;
}

function render(sizePx, shapes) {
  const rgba = new Uint8Array(sizePx * sizePx * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < sizePx; py++) {
    for (let px = 0; px < sizePx; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / sizePx;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / sizePx;
          let color = TRANSPARENT;
          for (const shape of shapes) if (shape.contains(x, y)) color = shape.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            covered++;
          }
        }
      }
      const i = (py * sizePx + px) * 4;
      if (covered > 0) {
        // Colour: average of the covered samples; alpha: the share covered, so edges fade out.
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((255 * covered) / samples);
      }
    }
  }
  return rgba;
}

/** Every file the manifest references: ribbon sizes 16/32/80, add-in icon 64/128. */
const ICONS = [
  ...[16, 32, 64, 80, 128].map((size) => ({ file: `icon-${size}.png`, size, design: scoreDesign })),
  ...[16, 32, 80].map((size) => ({ file: `pane-${size}.png`, size, design: paneDesign })),
  ...[16, 32, 80].map((size) => ({ file: `all-${size}.png`, size, design: allDesign })),
];

function main() {
  const outDir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  for (const { file, size, design } of ICONS) {
    const png = encodePng(size, render(size, design(size)));
    fs.writeFileSync(path.join(outDir, file), png);
    console.log(`assets/${file}  ${size}×${size}  ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { ICONS, encodePng, crc32 };
