/**
 * Names for the entries of a zip, in order: the file names as uploaded, without folder separators or control
 * characters, and unique ("Akte.pdf", "Akte (2).pdf"), since a zip with two equal names loses one when unpacked.
 */
export function zipEntryNames(fileNames: string[]): string[] {
  const taken = new Set<string>();
  return fileNames.map((raw) => {
    const clean =
      raw
        .replace(/[\u0000-\u001f\u007f/\\:]/g, "_")
        .replace(/^\.+/, "")
        .trim() || "document";
    const dot = clean.lastIndexOf(".");
    const [stem, extension] = dot > 0 ? [clean.slice(0, dot), clean.slice(dot)] : [clean, ""];
    let name = clean;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n})${extension}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
