import { z } from "zod";
import type { Router } from "../../http/route.js";
import { invalid } from "../../shared/app-error.js";
import { type IngestFn, importRawEmails } from "./email-ingest.js";
import { splitMbox } from "./mbox-import.js";

const importBody = z
  .strictObject({
    eml: z.string().min(1).optional().meta({ description: "One raw RFC 822 message (.eml)" }),
    mbox: z.string().min(1).optional().meta({ description: "An mbox file: messages separated by lines starting with \"From \"" }),
    base64: z.boolean().default(false).meta({ description: "eml/mbox are base64 (keeps 8-bit legacy charsets byte-exact)" }),
  })
  .refine((b) => (b.eml === undefined) !== (b.mbox === undefined), { message: "send either eml or mbox", path: ["eml"] });

const importResponse = z.object({
  imported: z.number().int(),
  duplicates: z.number().int().meta({ description: "Messages whose Message-ID was already stored" }),
  failed: z.array(z.object({ index: z.number().int(), error: z.string() })),
});

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

function decode(value: string, base64: boolean, field: string): Buffer {
  if (!base64) return Buffer.from(value, "utf8");
  if (!BASE64.test(value)) throw invalid(field, "is not valid base64");
  return Buffer.from(value, "base64");
}

/** `POST /api/v1/email/import`: .eml or mbox, idempotent on Message-ID. */
export function registerEmailRoutes(router: Router, deps: { ingest: IngestFn }): void {
  router.route({
    method: "POST",
    url: "/api/v1/email/import",
    tag: "email",
    summary: "Import one .eml message or an mbox file; a Message-ID already stored counts as a duplicate",
    access: "agent",
    body: importBody,
    response: importResponse,
    async handler({ body }) {
      const raws = body.eml !== undefined ? [decode(body.eml, body.base64, "eml")] : splitMbox(decode(body.mbox!, body.base64, "mbox"));
      if (raws.length === 0) throw invalid("mbox", "contains no message");
      return importRawEmails(raws, deps.ingest);
    },
  });
}
