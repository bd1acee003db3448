-- One public address of this Mundo (links in alert emails and webhooks, FAQ-bot answers, survey emails)
-- instead of one per feature; the first value set in any of the three is kept.
ALTER TABLE workspace_settings ADD COLUMN public_url text;
UPDATE workspace_settings SET public_url = COALESCE(
  (SELECT public_url FROM alert_settings WHERE public_url IS NOT NULL LIMIT 1),
  (SELECT public_url FROM faq_bot_settings WHERE public_url IS NOT NULL LIMIT 1),
  (SELECT public_url FROM survey_settings WHERE public_url IS NOT NULL LIMIT 1)
);
ALTER TABLE alert_settings DROP COLUMN public_url;
ALTER TABLE faq_bot_settings DROP COLUMN public_url;
ALTER TABLE survey_settings DROP COLUMN public_url;
