// The demo office's published files: their rows and the lines of their generated PDFs. Tests import this to
// know the exact bytes in storage (makePdf is deterministic) and the original file names.

export const DEMO_FILES = [
  {
    kind: "correspondence" as const,
    title: "Bevestiging van de opdracht",
    fileName: "Bevestiging opdracht.pdf",
    lines: ["Demo Notariaat", "", "Bevestiging van de opdracht", "Dossier 2026-0042: aankoop woning Kerkstraat 1, Voorbeeldstad."],
  },
  {
    kind: "document" as const,
    title: "Cliënteninformatieformulier",
    // Spaces and accents on purpose: downloads must keep the original name.
    fileName: "Cliënteninformatieformulier Jansen.pdf",
    lines: ["Demo Notariaat", "", "Clienteninformatieformulier", "Vul dit formulier in en stuur het via het portaal terug."],
  },
];
