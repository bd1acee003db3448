import { AppError } from "../../shared/app-error.js";

// Text of an uploaded PDF through pdf.js (the legacy build runs in Node 20 without a DOM).
// Fonts are not loaded: text extraction needs only the PDF's character maps.

export interface PdfText {
  text: string;
  pages: number;
  title: string | null;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | null = null;

const MAX_CHARS = 2_000_000;

export function looksLikePdf(bytes: Uint8Array): boolean {
  // The header may follow a little junk (allowed by readers), but must be near the start.
  return Buffer.from(bytes.subarray(0, 1024)).includes("%PDF-");
}

export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  if (!looksLikePdf(bytes)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "file: only PDF files can be uploaded (no %PDF- header)", "file");
  pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  const lib = await pdfjs;
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = lib.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = (err as Error).name;
    const why = name === "PasswordException" ? "it is password-protected" : `pdf.js could not read it (${(err as Error).message})`;
    throw new AppError("VALIDATION_FAILED", `file: the PDF cannot be indexed: ${why}`, "file");
  }
  try {
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= doc.numPages && length < MAX_CHARS; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str;
        if (item.hasEOL) text += "\n";
      }
      page.cleanup();
      const clean = text.replace(/[ \t]+\n/g, "\n").trim();
      pages.push(clean);
      length += clean.length;
    }
    const meta = await doc.getMetadata().catch(() => null);
    const info = meta?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === "string" && info.Title.trim() ? info.Title.trim() : null;
    return { text: pages.filter(Boolean).join("\n\n").slice(0, MAX_CHARS), pages: doc.numPages, title };
  } finally {
    await doc.destroy();
  }
}
