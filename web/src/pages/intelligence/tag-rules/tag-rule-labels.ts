import type { IntlShape } from "react-intl";
import type { Op, TagRule } from "../../../api/tag-rules.api";
import type { MessageId } from "../../../i18n/messages";

// Field and operator names as the UI shows them; a field the server adds later falls back to its name.
const FIELD_LABELS: Record<string, MessageId> = {
  language: "tags.field.language",
  "language.preferred": "tags.field.languagePreferred",
  "language.detected": "tags.field.languageDetected",
  country: "tags.field.country",
  region: "tags.field.region",
  "calendar.ramadan": "tags.field.ramadan",
  "calendar.weekend": "tags.field.weekend",
  "calendar.isWeekend": "tags.field.isWeekend",
  "calendar.holiday": "tags.field.holiday",
  "orders.count": "tags.field.ordersCount",
  "orders.total": "tags.field.ordersTotal",
  "orders.lastAgeDays": "tags.field.ordersLastAge",
  "orders.firstAgeDays": "tags.field.ordersFirstAge",
  "rfm.r": "tags.field.rfmR",
  "rfm.f": "tags.field.rfmF",
  "rfm.m": "tags.field.rfmM",
  "sentiment.negative": "tags.field.sentimentNegative",
  "sentiment.positive": "tags.field.sentimentPositive",
  "messages.count": "tags.field.messagesCount",
  "messages.text": "tags.field.messagesText",
  channel: "tags.field.channel",
  "channel.preferred": "tags.field.channelPreferred",
  tag: "tags.field.tag",
};

const OP_LABELS: Record<Op, MessageId> = {
  eq: "tags.op.eq",
  neq: "tags.op.neq",
  in: "tags.op.in",
  notIn: "tags.op.notIn",
  gt: "tags.op.gt",
  gte: "tags.op.gte",
  lt: "tags.op.lt",
  lte: "tags.op.lte",
  between: "tags.op.between",
  exists: "tags.op.exists",
  notExists: "tags.op.notExists",
  contains: "tags.op.contains",
};

export const fieldLabel = (intl: IntlShape, name: string): string => {
  const id = FIELD_LABELS[name];
  return id ? intl.formatMessage({ id }) : name;
};

export const opLabel = (intl: IntlShape, op: Op): string => intl.formatMessage({ id: OP_LABELS[op] });

// Built-in rules' shipped names and descriptions, translated; once a workspace edits them, its text is shown.
const BUILTIN_TEXT: Record<string, { name: MessageId; description: MessageId }> = {
  language: { name: "tags.builtin.language.name", description: "tags.builtin.language.description" },
  region: { name: "tags.builtin.region.name", description: "tags.builtin.region.description" },
  ramadan: { name: "tags.builtin.ramadan.name", description: "tags.builtin.ramadan.description" },
  weekend: { name: "tags.builtin.weekend.name", description: "tags.builtin.weekend.description" },
  "holiday-soon": { name: "tags.builtin.holidaySoon.name", description: "tags.builtin.holidaySoon.description" },
  "rfm-high-value": { name: "tags.builtin.highValue.name", description: "tags.builtin.highValue.description" },
  "rfm-loyal": { name: "tags.builtin.loyal.name", description: "tags.builtin.loyal.description" },
  "rfm-at-risk": { name: "tags.builtin.atRisk.name", description: "tags.builtin.atRisk.description" },
  "rfm-new": { name: "tags.builtin.new.name", description: "tags.builtin.new.description" },
  "portrait-fr-high-value-chat": { name: "tags.builtin.portrait.name", description: "tags.builtin.portrait.description" },
};

export function ruleText(intl: IntlShape, rule: TagRule): { name: string; description: string | null } {
  const ids = rule.textIsDefault && rule.key ? BUILTIN_TEXT[rule.key] : undefined;
  return ids ? { name: intl.formatMessage({ id: ids.name }), description: intl.formatMessage({ id: ids.description }) } : { name: rule.name, description: rule.description };
}
