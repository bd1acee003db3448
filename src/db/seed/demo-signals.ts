import type { Services } from "../../app.js";

// Demo configuration for concepts and alerts. The built-in concepts and the default alert rule are
// seeded by their modules at every start; the demo messages (demo-messages.ts) then match them through
// the real pipeline (French "prix de gros", Vietnamese "bán buôn", German "Rechnung", Chinese "退款", and a
// negative Russian email that raises an alert). This adds what a manager would set up on top.
const STREAK_RULE = "3 negative messages within 30 days from a high-value customer";

/** Idempotent: a rule or setting already there is left alone. */
export async function seedDemoSignals(services: Services): Promise<void> {
  const rules = await services.alerts.rules.list();
  if (!rules.some((r) => r.name === STREAK_RULE)) {
    await services.alerts.rules.create({ kind: "negative-streak", name: STREAK_RULE, tag: "high value", minCount: 3, windowDays: 30 });
  }
  const settings = await services.alerts.service.settings();
  // Without a relay (the demo has none) these emails are logged as skipped, which the delivery log shows.
  if (settings.emailRecipients.length === 0) {
    await services.alerts.service.updateSettings({ emailRecipients: ["support-leads@mundo.example"] });
  }
}
