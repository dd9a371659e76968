/**
 * A GB 18030 encoder for tests, built from the platform's own decoder (Node has no encoder for it):
 * the two-byte and four-byte BMP tables are read back once through TextDecoder('gb18030'), and the
 * supplementary planes follow GB 18030's linear four-byte mapping from 0x90308130.
 */
let table: Map<string, number[]> | null = null;

function buildTable(): Map<string, number[]> {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const map = new Map<string, number[]>();
  const add = (bytes: number[]) => {
    try {
      const char = decoder.decode(new Uint8Array(bytes));
      if (char.length === 1 && !map.has(char)) map.set(char, bytes);
    } catch {
      // not a valid sequence
    }
  };
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) if (trail !== 0x7f) add([lead, trail]);
  }
  for (let b1 = 0x81; b1 <= 0x84; b1 += 1) {
    for (let b2 = 0x30; b2 <= 0x39; b2 += 1) {
      for (let b3 = 0x81; b3 <= 0xfe; b3 += 1) for (let b4 = 0x30; b4 <= 0x39; b4 += 1) add([b1, b2, b3, b4]);
    }
  }
  return map;
}

export function encodeGb18030(text: string): Buffer {
  table ??= buildTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
    } else if (code >= 0x10000) {
      let offset = code - 0x10000;
      const b4 = offset % 10; offset = Math.floor(offset / 10);
      const b3 = offset % 126; offset = Math.floor(offset / 126);
      const b2 = offset % 10; const b1 = Math.floor(offset / 10);
      bytes.push(0x90 + b1, 0x30 + b2, 0x81 + b3, 0x30 + b4);
    } else {
      const mapped = table.get(char);
      if (!mapped) throw new Error(`no GB 18030 code for U+${code.toString(16)}`);
      bytes.push(...mapped);
    }
  }
  return Buffer.from(bytes);
}
