import type { InboundMessage } from "../../modules/messages/index.js";
import { demoCustomers } from "./demo-data.js";

// A few conversations for the demo inbox, from demo customers in their own languages. They go through
// the real pipeline (detection, translation where an engine exists, sentiment) after the server starts.
const MESSAGES: Array<{ country: string; channel: string; subject?: string; text: string }> = [
  { country: "MX", channel: "email", subject: "Pedido roto", text: "Hola, mi pedido llegó con la caja rota y dos tazas quebradas. ¿Pueden enviarme un reemplazo? Gracias." },
  { country: "SN", channel: "chat", text: "Bonjour, je voudrais connaître vos prix de gros pour 500 unités livrées à Dakar." },
  { country: "RU", channel: "email", subject: "Счёт", text: "Здравствуйте! Ужасный сервис: мне выставили счёт дважды, и никто не отвечает на письма. Прошу вернуть деньги." },
  { country: "JP", channel: "email", subject: "納期について", text: "いつもお世話になっております。先週注文した商品の納期を教えていただけますか。よろしくお願いいたします。" },
  { country: "SA", channel: "whatsapp", text: "السلام عليكم، هل يمكن تغيير عنوان التوصيل قبل الشحن؟ شكراً جزيلاً" },
  { country: "DE", channel: "email", subject: "Rechnung", text: "Guten Tag, bitte senden Sie mir die Rechnung für Bestellung 48213 als PDF. Vielen Dank!" },
  { country: "BR", channel: "chat", text: "Oi! Adorei o produto, chegou super rápido. Vocês têm na cor azul também?" },
  { country: "CN", channel: "email", subject: "退款", text: "你好，我收到的商品有质量问题，想申请退款，请问需要怎么操作？" },
  { country: "VN", channel: "chat", text: "Xin chào, cho tôi hỏi giá bán buôn cho đơn hàng 200 chiếc được không?" },
  { country: "IT", channel: "email", subject: "Spedizione", text: "Buongiorno, la spedizione è in ritardo di una settimana. Potete verificare dove si trova il pacco?" },
  { country: "US", channel: "email", subject: "Thanks!", text: "Just wanted to say the replacement arrived today and works perfectly. Great support, thank you!" },
  { country: "ES", channel: "whatsapp", text: "Buenas tardes, ¿a qué hora abre la tienda de Madrid el sábado?" },
];

/** Idempotent (fixed external ids): running the demo again adds nothing. Returns how many were new. */
export async function seedDemoMessages(ingest: (m: InboundMessage) => Promise<{ created: boolean }>): Promise<number> {
  const people = demoCustomers();
  let created = 0;
  for (const [i, m] of MESSAGES.entries()) {
    const person = people.find((p) => p.country === m.country && p.emails[0] && (m.channel !== "whatsapp" || p.phones[0]));
    if (!person) continue;
    const customer =
      m.channel === "whatsapp"
        ? { phone: person.phones[0]!, name: person.name }
        : m.channel === "chat"
          ? { handle: `chat:demo-visitor-${i}`, email: person.emails[0]!, name: person.name }
          : { email: person.emails[0]!, name: person.name };
    const result = await ingest({
      channel: m.channel,
      externalId: `demo-message-${i}`,
      customer,
      text: m.text,
      subject: m.subject,
      threadKey: m.channel === "email" ? undefined : `demo-thread-${i}`,
      sentAt: new Date(Date.now() - (MESSAGES.length - i) * 47 * 60_000),
    });
    if (result.created) created++;
  }
  return created;
}
