// Reads the entries of a zip as client-zip writes it (stored, not compressed) from its central directory: enough
// to check what Alles downloaden put in, without a zip library in the tests.

export type ZipEntry = { name: string; data: Buffer };

const END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

export function zipEntries(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(END_OF_DIRECTORY);
  if (end < 0) throw new Error("not a zip: no end of central directory");
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`not a central directory entry at ${offset}`);
    const method = zip.readUInt16LE(offset + 10);
    if (method !== 0) throw new Error(`entry ${i} is compressed (method ${method})`);
    const size = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.toString("utf8", offset + 46, offset + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({ name, data: zip.subarray(start, start + size) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
