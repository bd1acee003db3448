import { createHash } from "node:crypto";
import type { Services } from "../../app.js";
import { primaryTag } from "../../language/language-tags.js";
import { AppError } from "../../shared/app-error.js";

// Survey answers for the demo's resolved tickets, so the service dashboard has CSAT and NPS per language and
// team. Every choice (answered or not, the scores, the comment) follows from the ticket id, so a second run
// makes the same choices and, finding them answered, adds nothing.

const COMMENTS: Record<string, string[]> = {
  en: ["Quick and friendly, thank you!", "It took a few days, but it was solved.", "I had to explain the problem twice."],
  es: ["¡Muy rápidos y amables, gracias!", "Tardaron un poco, pero lo resolvieron.", "Tuve que explicar el problema dos veces."],
  fr: ["Rapide et aimable, merci !", "Un peu long, mais c’est réglé.", "J’ai dû expliquer le problème deux fois."],
  de: ["Schnell und freundlich, danke!", "Hat etwas gedauert, aber jetzt passt es.", "Ich musste das Problem zweimal erklären."],
  pt: ["Rápidos e simpáticos, obrigado!", "Demorou um pouco, mas foi resolvido.", "Tive de explicar o problema duas vezes."],
  it: ["Veloci e gentili, grazie!", "Ci è voluto un po’, ma è risolto.", "Ho dovuto spiegare il problema due volte."],
  ar: ["خدمة سريعة ولطيفة، شكرًا!", "استغرق الأمر بعض الوقت لكنه حُلّ.", "اضطررت إلى شرح المشكلة مرتين."],
  ru: ["Быстро и вежливо, спасибо!", "Заняло время, но вопрос решён.", "Пришлось объяснять проблему дважды."],
  zh: ["又快又热情，谢谢！", "花了几天，但问题解决了。", "我不得不把问题解释了两遍。"],
  ja: ["迅速で丁寧な対応でした。ありがとうございます。", "少し時間がかかりましたが、解決しました。", "問題を二度説明する必要がありました。"],
  vi: ["Nhanh và thân thiện, cảm ơn!", "Hơi lâu nhưng đã được giải quyết.", "Tôi phải giải thích vấn đề hai lần."],
};

/** 0..1, fixed per ticket and purpose. */
function draw(ticketId: string, purpose: string): number {
  return createHash("sha256").update(`${ticketId}:${purpose}`).digest().readUInt32BE(0) / 0x1_0000_0000;
}

/** Answers the surveys of resolved and closed tickets (about four in five), creating missing surveys first. */
export async function seedDemoCsat(services: Services): Promise<{ surveys: number; responses: number }> {
  const { service, csat } = services;
  let surveys = 0;
  let responses = 0;
  for (let offset = 0; ; offset += 100) {
    const page = await service.tickets.list({ status: ["resolved", "closed"], limit: 100, offset });
    for (const ticket of page.items) {
      let survey = await csat.ofTicket(ticket.id);
      if (!survey) {
        await csat.sendNow(ticket.id);
        survey = await csat.ofTicket(ticket.id);
        if (!survey) continue; // surveys are turned off
        surveys++;
      }
      if (draw(ticket.id, "answers") > 0.8) continue;
      const answered = (await csat.list({ ticketId: ticket.id, limit: 1, offset: 0 })).items[0]?.response;
      if (answered) continue;
      // Mostly content, a few unhappy customers; the comment's tone follows the score.
      const csatScore = Math.min(5, Math.max(1, Math.round(2.2 + draw(ticket.id, "csat") * 3.3)));
      const nps = draw(ticket.id, "nps-given") < 0.7 ? Math.min(10, Math.max(0, csatScore * 2 - 1 + Math.floor(draw(ticket.id, "nps") * 3))) : null;
      const comments = COMMENTS[primaryTag(survey.language)] ?? COMMENTS.en!;
      const comment = draw(ticket.id, "comment") < 0.5 ? comments[csatScore >= 4 ? 0 : csatScore === 3 ? 1 : 2]! : null;
      const resolvedAt = ticket.resolvedAt ? new Date(ticket.resolvedAt) : new Date();
      const at = new Date(Math.min(Date.now(), resolvedAt.getTime() + (1 + draw(ticket.id, "delay") * 30) * 3_600_000));
      try {
        await csat.respond(survey.token, { csat: csatScore, nps, comment }, "page", at);
        responses++;
      } catch (err) {
        // An expired survey (a demo data dir reused much later) stays unanswered.
        if (!(err instanceof AppError) || (err.code !== "GONE" && err.code !== "CONFLICT")) throw err;
      }
    }
    if (offset + page.items.length >= page.total || page.items.length === 0) break;
  }
  return { surveys, responses };
}
